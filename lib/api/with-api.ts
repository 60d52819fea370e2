import { ZodError } from "zod";
import { InvalidGraphError } from "@/lib/engine/plan";
import { logError } from "@/lib/log";
import { DomainError, badRequest } from "@/lib/errors";
import { ERROR_STATUS } from "./errors";
import { json } from "./respond";
import { zodFieldErrors } from "./zod-errors";

type TPrismaError = { name?: string; code?: string; meta?: unknown };

/** Maps any thrown value to the API's JSON error answer; the single place errors become HTTP (ERROR_STATUS). */
export function errorResponse(err: unknown, context: string): Response {
  if (err instanceof ZodError) return errorResponse(badRequest(zodFieldErrors(err)), context);
  if (err instanceof InvalidGraphError) return errorResponse(badRequest(err.errors), context);
  if (err instanceof DomainError) {
    return json({ error: err.message, code: err.code, ...err.details }, ERROR_STATUS[err.code]);
  }
  // Races the verbs' own checks cannot see (a row deleted or a name taken between check and write).
  const prisma = err as TPrismaError;
  if (prisma?.name === "PrismaClientKnownRequestError" && prisma.code === "P2025") {
    return errorResponse(new DomainError("not_found", "not found (it was changed or deleted meanwhile)"), context);
  }
  if (prisma?.name === "PrismaClientKnownRequestError" && prisma.code === "P2002") {
    return errorResponse(new DomainError("conflict", "that already exists (it was created meanwhile)"), context);
  }
  const errorId = logError(context, err);
  return json({ error: "internal error", errorId }, 500);
}

type THandler<P> = (req: Request, ctx: { params: P }) => Promise<Response>;

/** Wraps a route handler: resolves Next 16's `params` promise and maps every error in one place. */
export function withApi<P extends Record<string, string | string[]> = Record<string, never>>(handler: THandler<P>) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(req, { params: await ctx.params });
    } catch (err) {
      return errorResponse(err, `${req.method} ${new URL(req.url).pathname}`);
    }
  };
}
