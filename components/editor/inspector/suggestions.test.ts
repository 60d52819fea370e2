import { describe, expect, it } from "vitest";
import type { TScopeVariable } from "@/lib/graph/variables-in-scope";
import { inferShape } from "@/lib/data-shape/infer-shape";
import { applySuggestion, scopedPlaceholder, suggestionsFor, tokenAt } from "./suggestions";

const scope: TScopeVariable[] = [
  { expression: "$request", kind: "request", description: "the request" },
  { expression: "$payload", kind: "stored", description: "the body", nodeId: "raw" },
  { expression: "$line", kind: "loop", description: "the current item", nodeId: "lines" },
  { expression: "$env.STRIPE_SECRET", kind: "env", description: "environment variable" },
];

describe("expression suggestions", () => {
  it("finds the $token before the caret", () => {
    expect(tokenAt("$payload.type = $pa", 19)).toEqual({ start: 16, token: "$pa" });
    expect(tokenAt("$request.hea", 12)).toEqual({ start: 0, token: "$request.hea" });
    expect(tokenAt("'text' ", 7)).toBeUndefined();
  });

  it("offers variables in scope first, then functions", () => {
    const all = suggestionsFor("$", scope).map((s) => s.insert);
    expect(all.slice(0, 4)).toEqual(["$request", "$payload", "$line", "$env.STRIPE_SECRET"]);
    expect(all).toContain("$hmac()");
    expect(all).not.toContain("$request.body");
  });

  it("filters by prefix, case-insensitively, and hides what is typed in full", () => {
    expect(suggestionsFor("$PA", scope).map((s) => s.insert)).toEqual(["$payload", "$parseTimestamp()"]);
    expect(suggestionsFor("$payload", scope)).toEqual([]);
  });

  it("offers a built-in variable's fields after a dot, and env names", () => {
    expect(suggestionsFor("$request.h", scope).map((s) => s.insert)).toEqual(["$request.headers"]);
    expect(suggestionsFor("$env.", scope).map((s) => s.insert)).toEqual(["$env.STRIPE_SECRET"]);
  });

  it("puts the caret inside a function's parentheses", () => {
    const [fn] = suggestionsFor("$hma", scope);
    expect(applySuggestion("x = $hma", 8, 4, fn!)).toEqual({ text: "x = $hmac()", caret: 10 });
    const [v] = suggestionsFor("$pay", scope);
    expect(applySuggestion("$pay.id", 4, 0, v!)).toEqual({ text: "$payload.id", caret: 8 });
  });

  it("completes fields from the data of a run, at depth, and only for variables in scope", () => {
    const shapes = {
      payload: inferShape({ data: { object: { id: "in_1" } } }),
      request: inferShape({ headers: { "stripe-signature": "t=1" } }),
      other: inferShape({ x: 1 }),
    };
    expect(suggestionsFor("$payload.data.object.", scope, shapes).map((s) => s.insert)).toEqual([
      "$payload.data.object.id",
    ]);
    expect(suggestionsFor("$request.headers.", scope, shapes).map((s) => s.insert)).toEqual([
      "$request.headers.`stripe-signature`",
    ]);
    expect(suggestionsFor("$other.", scope, shapes)).toEqual([]);
    expect(suggestionsFor("$request.h", scope, {}).map((s) => s.insert)).toEqual(["$request.headers"]);
  });

  it("writes placeholders with the body variable this stack has", () => {
    expect(scopedPlaceholder("$input.type = 'order.paid'", scope)).toBe("$payload.type = 'order.paid'");
    expect(scopedPlaceholder("$input.id", [scope[0]!])).toBe("$request.query.id");
    expect(scopedPlaceholder("200", scope)).toBe("200");
  });
});
