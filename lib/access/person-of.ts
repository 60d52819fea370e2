import { DomainError } from "@/lib/errors";
import type { TCaller } from "./caller";

/** The signed-in person behind a route whose access is "signed-in" or an owner role (checkAccess made sure). */
export function personOf(caller: TCaller | null): Extract<TCaller, { kind: "person" }> {
  if (caller?.kind !== "person") throw new DomainError("unauthorized", "sign in first");
  return caller;
}
