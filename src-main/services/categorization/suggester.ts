import type Database from 'better-sqlite3-multiple-ciphers';
import type { SuggestionView } from '../../../src-shared/contract/views';
import { loadCategorizer } from '../../../src-shared/domain/categorize/categorizer';
import type { TxInput } from '../../../src-shared/domain/categorize/types';
import { categorizeRow } from '../../../src-shared/domain/layers/categorize-row';
import { createRegexSandbox } from '../rules/regex-sandbox';
import { readSnapshot } from './snapshot';

/** Suggestions for one transaction through every layer (rules, memory, model, keyword map), as an import would make them. */
export function createSuggester(sqlite: Database.Database): { suggest(tx: TxInput): SuggestionView[] } {
  const snapshot = readSnapshot(sqlite);
  const layers = {
    rules: snapshot.rules,
    regex: createRegexSandbox(),
    categorizer: loadCategorizer(snapshot.model as never, { categories: snapshot.categories }),
    memory: snapshot.memory,
    threshold: snapshot.threshold,
  };
  return { suggest: (tx) => categorizeRow(layers, tx).suggestions };
}
