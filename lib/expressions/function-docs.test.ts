import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import jsonata from "jsonata";
import { describe, expect, it } from "vitest";
import { EXPRESSION_FUNCTION_DOCS } from "./function-docs";
import { EXPRESSION_FUNCTIONS } from "./functions";
import { run } from "@/tests/support/expressions";

const here = dirname(fileURLToPath(import.meta.url));

// JSONata's own base64 functions encode Latin-1, so '✓' comes back mangled; ours replace them with UTF-8 ones.
const DELIBERATE_OVERRIDES = new Set(["base64encode", "base64decode"]);

/** Every module a file reaches through relative imports, and every non-relative specifier it imports. */
function imports(file: string, seen = new Set<string>(), external = new Set<string>()) {
  if (seen.has(file)) return external;
  seen.add(file);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/\bfrom\s+"([^"]+)"/g)) {
    if (!spec) continue;
    if (spec.startsWith(".")) imports(join(dirname(file), `${spec}.ts`), seen, external);
    else external.add(spec);
  }
  return external;
}

describe("function library", () => {
  it("implements exactly the documented functions", () => {
    expect(EXPRESSION_FUNCTIONS.map((fn) => fn.name)).toEqual(EXPRESSION_FUNCTION_DOCS.map((doc) => doc.name));
    for (const fn of EXPRESSION_FUNCTIONS) expect(typeof fn.implementation, fn.name).toBe("function");
    expect(new Set(EXPRESSION_FUNCTION_DOCS.map((doc) => doc.name)).size).toBe(EXPRESSION_FUNCTION_DOCS.length);
  });

  it.each(EXPRESSION_FUNCTION_DOCS.map((doc) => [doc.name, doc] as const))(
    "$%s shadows no JSONata function unintentionally and its example gives the documented result",
    async (name, doc) => {
      const builtIn = await jsonata(`$${name}`).evaluate({});
      expect(builtIn === undefined, `JSONata already has $${name}`).toBe(!DELIBERATE_OVERRIDES.has(name));
      expect(doc.usage.startsWith(`$${name}(`)).toBe(true);
      const value = await run(doc.example);
      expect(value).not.toBeUndefined();
      if ("result" in doc) expect(JSON.stringify(value)).toBe(doc.result);
    },
  );

  it("registers a function wherever the text names it: as a value or inside $eval", async () => {
    expect(await run("$map(['a', 'b'], $hexencode)")).toEqual(["61", "62"]);
    expect(await run("$eval('$hexencode(\"a\")')")).toBe("61");
  });

  it("overrides JSONata's base64 functions with UTF-8 ones", async () => {
    expect(await jsonata("$base64decode($base64encode('✓'))").evaluate({})).not.toBe("✓");
    expect(await run("$base64decode($base64encode('✓'))")).toBe("✓");
    expect(await run("$base64encode('é')")).toBe("w6k=");
  });

  it("keeps node:crypto out of the modules the browser imports", () => {
    for (const entry of ["function-docs.ts", "syntax.ts"]) {
      expect([...imports(join(here, entry))], entry).toEqual(entry === "syntax.ts" ? ["jsonata"] : []);
    }
    expect(imports(join(here, "compile.ts"))).toContain("node:crypto");
  });
});
