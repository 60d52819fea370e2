import { readFileSync, readlinkSync } from "node:fs";

/** This thread's kernel id on Linux (`/proc/thread-self` → `<pid>/task/<tid>`), else undefined. */
export function currentThreadId(): number | undefined {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    return Number.isInteger(tid) ? tid : undefined;
  } catch {
    return undefined;
  }
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on every Linux architecture Node supports). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, ms) a thread of this process has used, from `/proc/self/task/<tid>/stat`: real CPU time,
 * which a busy machine does not inflate the way wall-clock busy time does. Undefined when it cannot be read.
 */
export function threadCpuMs(tid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces) start at "state": utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
