// Summarises a V8 .cpuprofile: node bench/profile-summary.mjs FILE [N] [--inclusive]
// Self time by default; --inclusive counts a function for every sample it is on the stack of.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const inclusive = args.includes("--inclusive");
const [file, count = "40"] = args.filter((a) => !a.startsWith("--"));
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const keyOf = (n) => {
  const f = n.callFrame;
  return `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber}`;
};
const totals = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  if (!inclusive) return void totals.set(keyOf(byId.get(id)), (totals.get(keyOf(byId.get(id))) ?? 0) + dt);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(byId.get(at)));
  for (const k of seen) totals.set(k, (totals.get(k) ?? 0) + dt);
});
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
}
