/**
 * What changed between two versions of a stack (or between the live version and the draft): nodes added, removed
 * or changed (which config fields, its label, its connections) and settings changed. Positions are layout only and
 * never count. Pure and isomorphic: the publish dialog and the versions panel use it.
 */

type TDiffNode = { id: string; type: string; label?: string; config?: Record<string, unknown> };
type TDiffEdge = { source: string; sourceHandle?: string | null; target: string };
export type TDiffGraph = { nodes: readonly TDiffNode[]; edges: readonly TDiffEdge[] };

export type TNodeChange = {
  id: string;
  type: string;
  label?: string;
  kind: "added" | "removed" | "changed";
  /** For `changed`: the config fields that differ, then `label` and `connections` when those do. */
  fields: string[];
  /** For `changed`: each changed config field's (and the label's) value before and after. */
  values?: Record<string, { before: unknown; after: unknown }>;
};

export type TSettingChange = { key: string; before: unknown; after: unknown };

export type TVersionDiff = { nodes: TNodeChange[]; settings: TSettingChange[] };

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` compare equal. */
export function stableJson(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
    .join(",")}}`;
}

const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);

function outgoing(graph: TDiffGraph): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) {
    const list = out.get(e.source) ?? [];
    list.push(`${e.sourceHandle || "next"}→${e.target}`);
    out.set(e.source, list);
  }
  return new Map([...out].map(([k, v]) => [k, v.sort().join(",")]));
}

function nodeChange(node: TDiffNode, kind: TNodeChange["kind"], fields: string[] = []): TNodeChange {
  return { id: node.id, type: node.type, ...(node.label ? { label: node.label } : {}), kind, fields };
}

/** Node changes from `before` to `after`, in `after`'s order with removed nodes last. `before` null: all added. */
export function diffGraphs(before: TDiffGraph | null, after: TDiffGraph): TNodeChange[] {
  const old = new Map((before?.nodes ?? []).map((n) => [n.id, n]));
  const oldOut = before ? outgoing(before) : new Map<string, string>();
  const newOut = outgoing(after);
  const changes: TNodeChange[] = [];
  for (const node of after.nodes) {
    const prev = old.get(node.id);
    if (!prev || prev.type !== node.type) {
      if (prev) changes.push(nodeChange(prev, "removed"));
      changes.push(nodeChange(node, "added"));
      continue;
    }
    const a = prev.config ?? {};
    const b = node.config ?? {};
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k])).sort();
    const values: NonNullable<TNodeChange["values"]> = Object.fromEntries(
      fields.map((k) => [k, { before: a[k], after: b[k] }]),
    );
    if ((prev.label ?? "") !== (node.label ?? "")) {
      fields.push("label");
      values.label = { before: prev.label, after: node.label };
    }
    if ((oldOut.get(node.id) ?? "") !== (newOut.get(node.id) ?? "")) fields.push("connections");
    if (fields.length) changes.push({ ...nodeChange(node, "changed", fields), values });
  }
  const kept = new Set(after.nodes.map((n) => n.id));
  for (const node of before?.nodes ?? []) if (!kept.has(node.id)) changes.push(nodeChange(node, "removed"));
  return changes;
}

/** Top-level settings that differ (a setting left out is its default). `before` null: unknown, nothing listed. */
export function diffSettings(before: Record<string, unknown> | null, after: Record<string, unknown>): TSettingChange[] {
  if (before === null) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((k) => !same(before[k], after[k])).map((key) => ({ key, before: before[key], after: after[key] }));
}

export function diffVersions(
  before: { graph: TDiffGraph; settings: Record<string, unknown> | null } | null,
  after: { graph: TDiffGraph; settings: Record<string, unknown> },
): TVersionDiff {
  return {
    nodes: diffGraphs(before?.graph ?? null, after.graph),
    settings: diffSettings(before?.settings ?? null, after.settings),
  };
}

/** One line for a change: `changed: condition, connections`. */
export function describeNodeChange(change: TNodeChange): string {
  if (change.kind !== "changed") return change.kind;
  return `changed: ${change.fields.join(", ")}`;
}
