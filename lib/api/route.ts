import { resolveCaller, type TCaller } from "@/lib/access/caller";
import { checkAccess } from "@/lib/access/check-access";
import { isCrossSiteWrite } from "@/lib/access/same-origin";
import { DomainError } from "@/lib/errors";
import { readJson, readQuery } from "./read-json";
import { ROUTES, type TRouteBody, type TRouteKey, type TRouteQuery } from "./routes";
import { errorResponse } from "./with-api";

/** `{id}` and `{requestId}` in a route's path become `{ id: string; requestId: string }`. */
type TPathParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | TPathParamNames<Rest>
  : never;
export type TPathParams<S extends string> = { [N in TPathParamNames<S>]: string };

export type TRouteContext<K extends TRouteKey, P = TPathParams<K>> = {
  req: Request;
  params: P;
  body: TRouteBody<K>;
  query: TRouteQuery<K>;
  caller: TCaller | null;
  /** The caller's workspace: always set for routes that need a scope or a role ("" for a person without one). */
  workspaceId: string;
};

/**
 * Declares a route handler for one entry of ROUTES: the CSRF check, the caller's identity, the access check, body
 * and query parsing all come from the declaration, and every error becomes HTTP in one place.
 */
export function route<K extends TRouteKey>(key: K, handler: (ctx: TRouteContext<K>) => Promise<Response>) {
  const spec = ROUTES[key];
  return async (req: Request, ctx: { params: Promise<TPathParams<K>> }): Promise<Response> => {
    try {
      if (isCrossSiteWrite(req))
        throw new DomainError("forbidden", "refused: a signed-in change must come from Hookstack's own pages");
      const caller = await resolveCaller(req.headers);
      checkAccess(caller, spec.access);
      const params = await ctx.params;
      const body = (
        spec.body ? await readJson(req, spec.body, { optional: spec.bodyOptional }) : undefined
      ) as TRouteBody<K>;
      const query = (spec.query ? readQuery(req, spec.query) : undefined) as TRouteQuery<K>;
      return await handler({ req, params, body, query, caller, workspaceId: caller?.workspaceId ?? "" });
    } catch (err) {
      return errorResponse(err, `${req.method} ${new URL(req.url).pathname}`);
    }
  };
}
