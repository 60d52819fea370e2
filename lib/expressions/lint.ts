import { checkExpression } from "./syntax";

/** A warning about an expression that parses but probably does not mean what it says. */
export type TExpressionLint = {
  message: string;
  /** Where the suspicious text starts and ends in the source. */
  start: number;
  end: number;
  /** The whole expression with this one thing fixed. */
  fix: string;
};

const NAME = "[A-Za-z_][A-Za-z0-9_]*";
/** `.b-c` (or `.b-c-d`): a path step followed, without spaces, by `-` and a name. */
const HYPHEN_STEP = new RegExp(`\\.(${NAME}(?:-${NAME})+)(?![A-Za-z0-9_(])`, "y");

/** Spans of the source that are string literals, backticked names or comments: no path step lives there. */
function quotedSpans(source: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    let close: string | undefined;
    if (c === '"' || c === "'" || c === "`") close = c;
    else if (c === "/" && source[i + 1] === "*") close = "*/";
    if (!close) continue;
    let j = i + 1;
    while (j < source.length && !source.startsWith(close, j)) j += source[j] === "\\" && close !== "`" ? 2 : 1;
    spans.push([i, j + close.length]);
    i = j + close.length - 1;
  }
  return spans;
}

/**
 * Path steps JSONata reads as a subtraction of two names: `$request.headers.x-github-event` is
 * `$request.headers.x - github - event`, which is never what was meant (and is silently empty). The fix
 * backticks the name: `$request.headers.\`x-github-event\``. Only expressions that parse are linted.
 */
export function lintExpression(source: string): TExpressionLint[] {
  if (source.trim() === "" || checkExpression(source)) return [];
  const quoted = quotedSpans(source);
  const isQuoted = (at: number) => quoted.some(([s, e]) => at >= s && at < e);
  const out: TExpressionLint[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== "." || isQuoted(i)) continue;
    HYPHEN_STEP.lastIndex = i;
    const m = HYPHEN_STEP.exec(source);
    if (!m) continue;
    const name = m[1]!;
    const end = i + m[0].length;
    const fix = `${source.slice(0, i)}.\`${name}\`${source.slice(end)}`;
    out.push({
      message: `"${name}" is read as a subtraction (${name.split("-").join(" - ")}); a name with "-" needs backticks: \`${name}\``,
      start: i + 1,
      end,
      fix,
    });
    i = end - 1;
  }
  return out;
}
