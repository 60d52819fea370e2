/** A JSONata error, reduced to what a person can act on. */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly position: number | undefined,
  ) {
    super(message);
    this.name = "ExpressionError";
  }
}

type JsonataFailure = { code?: string; message?: string; position?: number; token?: string };

export function toExpressionError(err: unknown): ExpressionError {
  if (err instanceof ExpressionError) return err;
  const e = (err ?? {}) as JsonataFailure;
  const message = e.message ?? String(err);
  return new ExpressionError(message, e.code, e.position);
}

export function isTimeout(err: ExpressionError): boolean {
  return err.code === "D1012";
}
