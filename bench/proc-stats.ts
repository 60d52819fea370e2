import { readFileSync } from "node:fs";

/** /proc reports CPU time in clock ticks of 10 ms. */
export const TICK_US = 1e6 / 100;

/** CPU time (user + system, in ticks) of a process, or of one of its threads. */
export function cpuTicks(pid: number, thread?: number): number {
  const fields = readFileSync(thread ? `/proc/${pid}/task/${thread}/stat` : `/proc/${pid}/stat`, "utf8")
    .split(") ")[1]!
    .split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}
