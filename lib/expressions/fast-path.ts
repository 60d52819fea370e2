import type jsonata from "jsonata";

/**
 * Expressions that need no evaluator. Most fields in real stacks are literals, variable paths
 * (`$payload.data.object.id`), comparisons (`$payload.type = 'invoice.paid'`), arithmetic and object literals
 * (`{ 'received': true }`): compiled from JSONata's own AST into plain functions, they cost a property lookup
 * instead of an evaluator run. Each function returns `NOT_FAST` whenever the data takes it outside the shapes where
 * its answer is provably JSONata's (arrays, objects in comparisons, mixed types, errors), and JSONata decides.
 */
export const NOT_FAST = Symbol("not-fast");

export type FastEvaluator = (bindings: Record<string, unknown>) => unknown;

type Node = jsonata.ExprNode & Record<string, unknown>;

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Keys a node may carry and still mean nothing beyond its type and value (predicates, focus, grouping… may not). */
const PLAIN_KEYS = new Set([
  "type",
  "value",
  "position",
  "lhs",
  "rhs",
  "steps",
  "condition",
  "then",
  "else",
  "expression",
]);
const isPlain = (node: Node) => Object.keys(node).every((k) => PLAIN_KEYS.has(k));

const isPrimitive = (v: unknown) =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isComparable = (v: unknown) => v === undefined || typeof v === "string" || typeof v === "number";
const isNumeric = (v: unknown) => v === undefined || (typeof v === "number" && Number.isFinite(v));

// Operators are picked once at compile time, so an evaluation only runs the one it needs.
const ORDERS = {
  "<": (a: number, c: number) => a < c,
  "<=": (a: number, c: number) => a <= c,
  ">": (a: number, c: number) => a > c,
  ">=": (a: number, c: number) => a >= c,
};
const ARITHMETIC = {
  "+": (a: number, c: number) => a + c,
  "-": (a: number, c: number) => a - c,
  "*": (a: number, c: number) => a * c,
  "/": (a: number, c: number) => a / c,
  "%": (a: number, c: number) => a % c,
};

/** JSONata's effective boolean of a primitive (undefined counts as false where `boolize` applies). */
function toBoolean(v: unknown): boolean | typeof NOT_FAST {
  if (v === undefined || v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return v.length > 0;
  if (typeof v === "number") return v !== 0;
  return NOT_FAST;
}

function compilePath(node: Node): FastEvaluator | undefined {
  const steps = node.steps as Node[] | undefined;
  if (!steps?.length || !steps.every(isPlain)) return undefined;
  const [root, ...rest] = steps;
  if (root!.type !== "variable" || typeof root!.value !== "string" || root!.value === "" || root!.value === "$")
    return undefined;
  if (!rest.every((s) => s.type === "name" && typeof s.value === "string")) return undefined;
  const name = root!.value;
  const names = rest.map((s) => s.value as string);
  return (bindings) => {
    // A name JSONata resolves elsewhere (its functions, `$$`) is not ours to answer.
    if (!hasOwn(bindings, name)) return NOT_FAST;
    let value: unknown = bindings[name];
    for (const step of names) {
      // A step into an array maps over its items in JSONata: leave that to the evaluator.
      if (Array.isArray(value)) return NOT_FAST;
      // A step into a primitive, null or nothing is `undefined` in JSONata.
      if (!isPlainObject(value)) return undefined;
      value = hasOwn(value, step) ? value[step] : undefined;
    }
    // A path that ends on an array yields that array unchanged, as JSONata does.
    return value;
  };
}

/** Longest string `&` may build here; past it, JSONata decides (and its exit hook raises the limit error). */
let maxString = Infinity;

function compileBinary(node: Node): FastEvaluator | undefined {
  const lhs = compileNode(node.lhs as Node);
  const rhs = compileNode(node.rhs as Node);
  if (!lhs || !rhs) return undefined;
  const op = node.value as string;
  switch (op) {
    case "=":
    case "!=": {
      const equal = op === "=";
      return (b) => {
        const l = lhs(b);
        const r = rhs(b);
        if (l === NOT_FAST || r === NOT_FAST) return NOT_FAST;
        if (l === undefined || r === undefined) return false;
        if (!isPrimitive(l) || !isPrimitive(r)) return NOT_FAST;
        return equal ? l === r : l !== r;
      };
    }
    case "<":
    case "<=":
    case ">":
    case ">=": {
      const order = ORDERS[op];
      return (b) => {
        const l = lhs(b);
        const r = rhs(b);
        if (l === NOT_FAST || r === NOT_FAST) return NOT_FAST;
        if (!isComparable(l) || !isComparable(r)) return NOT_FAST;
        if (l === undefined || r === undefined) return undefined;
        if (typeof l !== typeof r) return NOT_FAST;
        // Both numbers or both strings: the operator compares either the same way.
        return order(l as number, r as number);
      };
    }
    case "+":
    case "-":
    case "*":
    case "/":
    case "%": {
      const apply = ARITHMETIC[op];
      return (b) => {
        const l = lhs(b);
        const r = rhs(b);
        if (l === NOT_FAST || r === NOT_FAST) return NOT_FAST;
        if (!isNumeric(l) || !isNumeric(r)) return NOT_FAST;
        if (l === undefined || r === undefined) return undefined;
        const out = apply(l as number, r as number);
        return Number.isFinite(out) ? out : NOT_FAST;
      };
    }
    case "&": {
      const cap = maxString;
      return (b) => {
        const l = lhs(b);
        const r = rhs(b);
        if (l === NOT_FAST || r === NOT_FAST) return NOT_FAST;
        if ((l !== undefined && typeof l !== "string") || (r !== undefined && typeof r !== "string")) return NOT_FAST;
        const out = (l ?? "") + (r ?? "");
        return out.length > cap ? NOT_FAST : out;
      };
    }
    case "and":
    case "or": {
      const isAnd = op === "and";
      return (b) => {
        const l = toBoolean(lhs(b));
        if (l === NOT_FAST) return NOT_FAST;
        if (isAnd ? !l : l) return l;
        return toBoolean(rhs(b));
      };
    }
    default:
      return undefined;
  }
}

function compileObject(node: Node): FastEvaluator | undefined {
  const pairs = node.lhs as [Node, Node][] | undefined;
  if (!Array.isArray(pairs)) return undefined;
  const keys: string[] = [];
  const values: FastEvaluator[] = [];
  for (const [k, v] of pairs) {
    if (k.type !== "string" || !isPlain(k) || typeof k.value !== "string" || keys.includes(k.value)) return undefined;
    const value = compileNode(v);
    if (!value) return undefined;
    keys.push(k.value);
    values.push(value);
  }
  return (b) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const v = values[i]!(b);
      if (v === NOT_FAST) return NOT_FAST;
      // JSONata leaves out keys whose value is undefined.
      if (v !== undefined)
        Object.defineProperty(out, keys[i]!, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
}

function compileNode(node: Node): FastEvaluator | undefined {
  if (!isPlain(node) && node.type !== "unary") return undefined;
  switch (node.type as string) {
    case "string":
    case "number":
    case "value": {
      const v = node.value;
      return () => v;
    }
    case "variable":
      return compilePath({ type: "path", steps: [node] } as unknown as Node);
    case "path":
      return compilePath(node);
    case "binary":
      return compileBinary(node);
    case "condition": {
      const cond = compileNode(node.condition as Node);
      const then = compileNode(node.then as Node);
      const otherwise = node.else === undefined ? () => undefined : compileNode(node.else as Node);
      if (!cond || !then || !otherwise) return undefined;
      return (b) => {
        const c = cond(b);
        if (c === NOT_FAST || (c !== undefined && !isPrimitive(c))) return NOT_FAST;
        const truth = toBoolean(c);
        return truth === NOT_FAST ? NOT_FAST : truth ? then(b) : otherwise(b);
      };
    }
    case "unary": {
      if (
        !Object.keys(node).every(
          (k) => k === "type" || k === "value" || k === "position" || k === "lhs" || k === "expression",
        )
      )
        return undefined;
      if (node.value === "{") return compileObject(node);
      if (node.value === "-") {
        const operand = compileNode(node.expression as Node);
        if (!operand) return undefined;
        return (b) => {
          const v = operand(b);
          if (v === undefined) return undefined;
          return typeof v === "number" && Number.isFinite(v) ? -v : NOT_FAST;
        };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** A plain-function evaluator for `ast`, or undefined when the expression needs JSONata. */
export function compileFastPath(ast: jsonata.ExprNode, maxStringChars = Infinity): FastEvaluator | undefined {
  maxString = maxStringChars;
  try {
    return compileNode(ast as Node);
  } finally {
    maxString = Infinity;
  }
}
