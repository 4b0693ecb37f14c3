/** A local-stack problem the developer can fix, reported in one line without a stack trace. */
export class LocalStackError extends Error {
  override name = 'LocalStackError';
}
