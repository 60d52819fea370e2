import { z } from "zod";
import { clip, defineNode, type THandle } from "../define";
import { expression, expressionMap, RESERVED_KEYS } from "../fields";

export const DEFAULT_CASE: THandle = { id: "default", label: "default" };

const CASE_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,39}$/;
/** Output names a case cannot take: the switch's own `default`, the `error` output, and the usual `next`. */
const TAKEN = new Set(["default", "error", "next"]);
const MAX_CASES = 20;

const cases = expressionMap({
  label: "Cases",
  keyLabel: "case",
  help: "Each case is an output: its name, and the value (an expression) that leads there. The first equal value wins; anything else goes to `default`.",
});

/** The case names of a config that may be half-edited (the editor draws one output per valid name). */
function caseNames(config: Readonly<Record<string, unknown>>): string[] {
  const map = config.cases;
  if (!map || typeof map !== "object" || Array.isArray(map)) return [];
  return Object.keys(map)
    .filter((name) => CASE_NAME.test(name) && !TAKEN.has(name))
    .slice(0, MAX_CASES);
}

export const switchNode = defineNode({
  type: "switch",
  title: "Switch",
  description: "Evaluates one expression and continues on the case whose value equals it, or on `default`.",
  category: "flow",
  icon: "⋔",
  keywords: ["case", "branch", "route", "match", "type", "select", "multiple"],
  fields: {
    value: expression({ label: "Value", required: true, placeholder: "$payload.type" }),
    cases: {
      ...cases,
      schema: z
        .record(z.string(), z.string().trim().min(1, "each case needs a value").max(10_000))
        // Names are checked here rather than as record keys, so the message says what is wrong with the name.
        .superRefine((map, check) => {
          const names = Object.keys(map);
          if (names.length > MAX_CASES) check.addIssue({ code: "custom", message: `at most ${MAX_CASES} cases` });
          for (const name of names) {
            if (TAKEN.has(name) || RESERVED_KEYS.has(name)) {
              check.addIssue({
                code: "custom",
                path: [name],
                message: `case name "${name}" is reserved (default, error and next are outputs already)`,
              });
            } else if (!CASE_NAME.test(name)) {
              check.addIssue({
                code: "custom",
                path: [name],
                message: `case name "${name}" must start with a letter or _ and use letters, digits, _ and - (40 at most)`,
              });
            }
          }
        })
        .default({}),
    },
  },
  handles: [DEFAULT_CASE],
  handlesFor: (c) => [...caseNames(c).map((id) => ({ id, label: id })), DEFAULT_CASE],
  summary: (c) => `${clip(c.value, 24)} → ${Object.keys(c.cases).length} case(s)`,
});
