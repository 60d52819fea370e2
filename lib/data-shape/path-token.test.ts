import { describe, expect, it } from "vitest";
import { inferShape } from "./infer-shape";
import { completeField, parsePathToken, pathStepText, tokenAt } from "./path-token";

const shapes = {
  input: inferShape({ ref: "main", commits: [{ id: "a1", author: { name: "Ada", email: "a@x" } }] }),
  request: inferShape({
    method: "POST",
    headers: { "x-github-event": "push", "content-type": "application/json", host: "h" },
  }),
  commit: inferShape({ id: "a1", author: { name: "Ada" } }),
};
const inserts = (token: string) => completeField(token, shapes).map((c) => c.insert);

describe("field completion from a run's data", () => {
  it("finds the path token before the caret, with indexes, backticks and a hyphen being typed", () => {
    expect(tokenAt("x = $input.commits[0].author.", 29)).toEqual({ start: 4, token: "$input.commits[0].author." });
    expect(tokenAt("$request.headers.`x-git", 23)?.token).toBe("$request.headers.`x-git");
    expect(tokenAt("$request.headers.x-gi", 21)?.token).toBe("$request.headers.x-gi");
    expect(tokenAt("$a.total - $b.f", 15)?.token).toBe("$b.f");
    expect(tokenAt("'text' ", 7)).toBeUndefined();
  });

  it("splits a token into the variable, the steps written and the one being typed", () => {
    expect(parsePathToken("$input.commits[0].au")).toEqual({
      variable: "input",
      steps: [{ field: "commits" }, { index: 0 }],
      partial: "au",
      prefix: "$input.commits[0].",
    });
    expect(parsePathToken("$request.headers.`x-")).toMatchObject({
      steps: [{ field: "headers" }],
      partial: "x-",
      prefix: "$request.headers.",
    });
    expect(parsePathToken("$input")).toEqual({ variable: "input", steps: [], prefix: "$input" });
  });

  it("completes fields at any depth, through lists", () => {
    expect(inserts("$input.")).toEqual(["$input.ref", "$input.commits"]);
    expect(inserts("$input.commits[0].author.")).toEqual([
      "$input.commits[0].author.name",
      "$input.commits[0].author.email",
    ]);
    expect(inserts("$input.commits.author.e")).toEqual(["$input.commits.author.email"]);
    expect(inserts("$commit.author.")).toEqual(["$commit.author.name"]);
    expect(completeField("$input.commits", shapes)).toEqual([]);
  });

  it("backticks names JSONata would read otherwise, and completes from a half-typed hyphenated name", () => {
    expect(inserts("$request.headers.")).toEqual([
      "$request.headers.`x-github-event`",
      "$request.headers.`content-type`",
      "$request.headers.host",
    ]);
    expect(inserts("$request.headers.x-")).toEqual(["$request.headers.`x-github-event`"]);
    expect(inserts("$request.headers.`x")).toEqual(["$request.headers.`x-github-event`"]);
    expect(pathStepText("2fa")).toBe("`2fa`");
    expect(pathStepText("full_name")).toBe("full_name");
  });

  it("describes each field by what the run held", () => {
    expect(completeField("$input.r", shapes)).toEqual([
      { insert: "$input.ref", label: "ref", detail: 'string · "main"' },
    ]);
  });

  it("offers nothing for unknown variables or fields the run did not have", () => {
    expect(inserts("$nothing.")).toEqual([]);
    expect(inserts("$input.missing.")).toEqual([]);
  });
});
