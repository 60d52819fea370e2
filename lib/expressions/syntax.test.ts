import { describe, expect, it } from "vitest";
import { checkExpression as checkOnServer } from "./compile";
import { ExpressionError } from "./errors";
import { checkExpression } from "./syntax";

describe("checkExpression", () => {
  it.each([
    ["$f(", 3],
    ["$payload.id = ", 14],
    ["{ 'a': }", 8],
    ["'unterminated", 13],
    ["$a.b]", 5],
  ])("reports the position of the syntax error in %j", (source, position) => {
    const err = checkExpression(source);
    expect(err).toBeInstanceOf(ExpressionError);
    expect(err?.code).toMatch(/^S0\d{3}$/);
    expect(err?.position).toBe(position);
    expect(err?.message.length).toBeGreaterThan(0);
  });

  it("refuses an empty expression", () => {
    expect(checkExpression("  ")?.code).toBe("S0000");
  });

  it("accepts valid expressions, library calls included, without their implementations", () => {
    for (const source of [
      "$payload.type = 'invoice.paid'",
      "$hmac('sha256', $env.SECRET, $request.body)",
      "{ 'ok': true }",
      "200",
    ]) {
      expect(checkExpression(source), source).toBeUndefined();
    }
  });

  it("is the same check compile.ts re-exports for server callers", () => {
    expect(checkOnServer).toBe(checkExpression);
  });
});
