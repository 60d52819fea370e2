import { describe, expect, it } from "vitest";
import { describeShape, fieldsOf, inferShape, mergeShapes, shapeAt } from "./infer-shape";

const push = {
  ref: "refs/heads/main",
  commits: [
    { id: "a1", author: { name: "Ada", email: "ada@example.com" } },
    { id: "b2", author: { name: "Bo", username: "bo" }, added: ["x.ts"] },
  ],
  repository: { full_name: "acme/site", private: false, stars: 3 },
  deleted: null,
};

describe("schema inference", () => {
  it("describes nested objects and lists, merging the fields of every item", () => {
    const shape = inferShape(push);
    expect(fieldsOf(shape).map(([k]) => k)).toEqual(["ref", "commits", "repository", "deleted"]);
    const author = shapeAt(shape, [{ field: "commits" }, { index: 0 }, { field: "author" }]);
    expect(fieldsOf(author!).map(([k]) => k)).toEqual(["name", "email", "username"]);
    expect(shapeAt(shape, [{ field: "commits" }, { field: "added" }])).toMatchObject({
      type: "array",
      items: { type: "string" },
    });
  });

  it("reads paths as JSONata does: a field of a list is a field of its items; absent fields are undefined", () => {
    const shape = inferShape(push);
    expect(shapeAt(shape, [{ field: "commits" }, { field: "author" }, { field: "name" }])).toEqual({
      type: "string",
      example: "Ada",
    });
    expect(shapeAt(shape, [{ field: "repository" }, { field: "owner" }])).toBeUndefined();
    expect(shapeAt(shape, [{ field: "ref" }, { field: "x" }])).toBeUndefined();
    expect(shapeAt(inferShape({ v: [1, "a"] }), [{ field: "v" }, { field: "x" }])).toBeNull();
  });

  it("merges kinds: null is optional, differing scalars are mixed", () => {
    expect(mergeShapes(inferShape(null), inferShape(1))).toEqual({ type: "number", example: 1 });
    expect(mergeShapes(inferShape("a"), inferShape(1))).toEqual({ type: "mixed", types: ["string", "number"] });
    expect(mergeShapes(inferShape([]), inferShape([{ a: 1 }]))).toMatchObject({
      type: "array",
      length: 1,
      items: { type: "object" },
    });
  });

  it("is safe with prototype names and caps what it reads of huge lists", () => {
    const shape = inferShape(JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}'));
    expect(fieldsOf(shape).map(([k]) => k)).toEqual(["__proto__", "constructor"]);
    expect(shapeAt(inferShape({}), [{ field: "constructor" }])).toBeUndefined();
    const big = inferShape(Array.from({ length: 10_000 }, (_, i) => ({ i })));
    expect(big).toMatchObject({ type: "array", length: 10_000 });
  });

  it("says in a few words what a value is", () => {
    const shape = inferShape(push);
    expect(describeShape(shapeAt(shape, [{ field: "ref" }])!)).toBe('string · "refs/heads/main"');
    expect(describeShape(shapeAt(shape, [{ field: "commits" }])!)).toBe("list of 2 objects");
    expect(describeShape(shapeAt(shape, [{ field: "repository" }])!)).toBe("object · 3 fields");
    expect(describeShape(shapeAt(shape, [{ field: "repository" }, { field: "private" }])!)).toBe("boolean · false");
  });
});
