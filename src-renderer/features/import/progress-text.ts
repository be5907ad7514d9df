import type { JobProgress } from '../../../src-shared/contract/views';
import { formatCount, plural } from '../../components/format';

/** The import phases in the words of someone who keeps books, not of the code. */
const PHASES: Record<string, string> = {
  queued: 'Waiting to start',
  hashing: 'Reading file',
  parsing: 'Reading statement',
  deduplicating: 'Checking for duplicates',
  categorizing: 'Categorizing',
  writing: 'Saving rows',
  done: 'Done',
};

export function phaseLabel(phase: string): string {
  return PHASES[phase] ?? phase.charAt(0).toUpperCase() + phase.slice(1);
}

/**
 * Whole percent of a job still running: at most 99, because the core reports fraction 1 when
 * the last row is written but before the import is committed. Only a finished job shows 100.
 */
export function percentOf(fraction: number): number {
  if (!Number.isFinite(fraction) || fraction <= 0) return 0;
  // The epsilon keeps 0.58 (57.999… in binary) at 58.
  return Math.min(99, Math.floor(fraction * 100 + 1e-9));
}

export function timeLeft(etaMs: number | null): string | null {
  if (etaMs === null || !Number.isFinite(etaMs) || etaMs < 0) return null;
  const s = Math.round(etaMs / 1000);
  if (s < 1) return 'less than a second left';
  if (s < 60) return `about ${plural(s, 'second')} left`;
  const m = Math.round(s / 60);
  if (m < 60) return `about ${plural(m, 'minute')} left`;
  return `about ${Math.floor(m / 60)} h ${m % 60} min left`;
}

export function rowsText(done: number, total: number | null): string {
  return total === null ? `${plural(done, 'row')}` : `${formatCount(done)} of ${plural(total, 'row')}`;
}

/** "Saving rows · 12 of 30 rows · 40 % · about 2 seconds left · 3 already in the ledger" */
export function progressLine(p: JobProgress): string {
  const parts = [phaseLabel(p.phase)];
  if (p.total !== null || p.done > 0) parts.push(rowsText(p.done, p.total));
  parts.push(`${percentOf(p.fraction)} %`);
  const eta = p.fraction < 1 ? timeLeft(p.etaMs) : null;
  if (eta) parts.push(eta);
  const message = p.message?.trim();
  if (message) parts.push(message);
  return parts.join(' · ');
}
