import { describe, expect, it } from "vitest";
import { lintExpression } from "./lint";

describe("expression lint: names read as subtraction", () => {
  it("warns about a header name with hyphens and offers the backticked fix", () => {
    const [lint, ...rest] = lintExpression('$request.headers.x-github-event = "push"');
    expect(rest).toEqual([]);
    expect(lint!.fix).toBe('$request.headers.`x-github-event` = "push"');
    expect(lint!.message).toContain("x - github - event");
    expect(lint!.message).toContain("`x-github-event`");
    expect('$request.headers.x-github-event = "push"'.slice(lint!.start, lint!.end)).toBe("x-github-event");
  });

  it("finds every such step, on plain paths too", () => {
    const lints = lintExpression("a.b-c & $input.content-type");
    expect(lints.map((l) => l.fix)).toEqual(["a.`b-c` & $input.content-type", "a.b-c & $input.`content-type`"]);
  });

  it("leaves real subtraction, backticked names, strings and broken expressions alone", () => {
    expect(lintExpression("$input.total - $input.fee")).toEqual([]);
    expect(lintExpression("$input.total-1")).toEqual([]);
    expect(lintExpression("$input.total-$input.fee")).toEqual([]);
    expect(lintExpression("$request.headers.`x-github-event`")).toEqual([]);
    expect(lintExpression("'see $request.headers.x-id' & \"a.b-c\"")).toEqual([]);
    expect(lintExpression("$request.headers.x-id = (")).toEqual([]);
    expect(lintExpression("")).toEqual([]);
  });
});
