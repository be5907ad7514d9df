const SEPARATOR = '\u0001';

/**
 * compute(payee, description) for many rows, remembered by the two texts with every match of
 * `digits` replaced by `as`: for a compute whose answer does not depend on those digits (the
 * callers say why), rows differing only in card, store or reference numbers share one answer.
 * Such numbers make most bank lines unique, so a million-row import computes a few thousand
 * answers instead of a million. At most `limit` texts are remembered.
 */
export function memoByMaskedText<T>(digits: RegExp, as: string, compute: (payee: string, description: string) => T, limit = 100_000) {
  const known = new Map<string, T>();
  return (payee: string, description: string): T => {
    // The separator must not occur in the texts themselves, or two rows could share a key.
    if (payee.includes(SEPARATOR) || description.includes(SEPARATOR)) return compute(payee, description);
    const masked = `${payee}${SEPARATOR}${description}`.replace(digits, as);
    let answer = known.get(masked);
    if (answer === undefined) {
      answer = compute(payee, description);
      if (known.size < limit) known.set(masked, answer);
    }
    return answer;
  };
}
