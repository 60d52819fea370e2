import { describe, expect, it } from "vitest";
import { NODE_DEFINITIONS } from "./catalog";
import type { AnyNodeDefinition } from "./define";
import { searchNodes } from "./search";

const first = (q: string) => searchNodes(NODE_DEFINITIONS as readonly AnyNodeDefinition[], q)[0]?.type;
const all = (q: string) => searchNodes(NODE_DEFINITIONS as readonly AnyNodeDefinition[], q).map((d) => d.type);

describe("palette search", () => {
  it("finds nodes by the words a newcomer uses", () => {
    for (const q of ["respond", "reply", "answer"]) expect(first(q)).toBe("response");
    for (const q of ["if", "branch", "condition"]) expect(first(q)).toBe("conditional");
    for (const q of ["loop", "each", "for"]) expect(first(q)).toBe("forEach");
    for (const q of ["insert", "save", "create"]) expect(first(q)).toBe("addRecord");
    expect(first("http")).toBe("externalRequest");
    expect(first("signature")).toBe("hmacVerify");
  });

  it("keeps short queries to words, and matches titles first", () => {
    expect(all("if")).not.toContain("hmacVerify");
    expect(first("Set")).toBe("setVariable");
    expect(all("")).toHaveLength(NODE_DEFINITIONS.length);
    expect(all("zzz")).toEqual([]);
  });

  it("gives every node type some search words", () => {
    for (const def of NODE_DEFINITIONS as readonly AnyNodeDefinition[])
      expect(def.keywords?.length, def.type).toBeGreaterThan(0);
  });
});
