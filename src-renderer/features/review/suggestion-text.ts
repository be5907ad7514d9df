/**
 * A suggestion's reason as shown beside its confidence: the core may end it with its own
 * "(model, 57 %)", which would repeat the source and the percent shown right next to it.
 */
export function reasonText(reason: string): string {
  return reason.replace(/\s*\((?:rule|memory|model|keyword),\s*\d+(?:\.\d+)?\s*%\)\s*$/, '').trim();
}
