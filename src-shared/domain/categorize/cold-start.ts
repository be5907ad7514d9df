import { buildConceptMapping, inferKinds } from './category-mapping';
import { COLD_START_WEIGHTS } from './ensemble';
import { measureMemoryRates } from './merchant-memory';
import { MODEL_VERSION, type SerializedCategorizer } from './model-format';
import { NEVER } from './threshold';

/**
 * The categorizer of a ledger without history: the shipped keyword map onto the user's
 * category names, nothing else. Its guesses are tempered and never reach the threshold.
 */
export function coldStartModel(categories: readonly string[]): SerializedCategorizer {
  const classes = [...new Set(categories)].sort();
  return {
    version: MODEL_VERSION, classes, linear: null, dense: null, merchants: {},
    concepts: buildConceptMapping(classes, inferKinds(classes, []), []),
    ensemble: COLD_START_WEIGHTS, threshold: NEVER, memoryRates: measureMemoryRates([], []),
    metrics: {
      examples: 0, heldOut: 0, classes: classes.length, top1: null, top3: null, macroF1: null, ece: null,
      threshold: NEVER, autoPrecision: null, autoCoverage: null, denseUsed: false, trainMs: 0,
    },
  };
}
