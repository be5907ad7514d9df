import { useCallback, useEffect, useState } from 'react';

/** A short line that goes away by itself after `ms` (a newer line restarts the clock). */
export function useFlash(ms = 10_000): [string | null, (text: string | null) => void] {
  const [flash, setFlash] = useState<{ text: string; at: number } | null>(null);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), ms);
    return () => clearTimeout(timer);
  }, [flash, ms]);
  const show = useCallback((text: string | null) => setFlash(text === null ? null : { text, at: Date.now() }), []);
  return [flash?.text ?? null, show];
}
