/** An invariant of the code (never of user input): failing it is a bug, reported as such. */
export function strictAssert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}
