/**
 * A node ending the run on purpose with an answer for the caller (a body that does not parse → 400, a bad
 * signature → 401). A connected `error` handle catches it like any other failure.
 */
export class NodeHalt extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Why, for the trace and the request history; never sent to the caller. */
    readonly detail?: string,
    /** Headers for the answer, e.g. `www-authenticate` with a 401. */
    readonly headers?: Readonly<Record<string, string>>,
    /** The answer's body when it is not `{ "error": message }` (a precondition's chosen body). */
    readonly answer?: { body: unknown },
  ) {
    super(message);
    this.name = "NodeHalt";
  }
}

/** A run limit was hit. It cannot be caught by an `error` handle: the run ends with 500. */
export class LimitError extends Error {
  constructor(
    readonly limit: "maxSteps" | "maxIterations" | "runTimeout" | "aborted",
    message: string,
    readonly nodeId: string,
  ) {
    super(message);
    this.name = "LimitError";
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof NodeHalt && err.detail) return `${err.message}: ${err.detail}`;
  if (err instanceof Error) return err.message;
  if (typeof err === "object" && err && "message" in err) return String((err as { message: unknown }).message);
  return String(err);
}
