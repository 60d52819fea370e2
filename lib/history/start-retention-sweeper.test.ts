import { afterEach, describe, expect, it, vi } from "vitest";
import { startRetentionSweeper } from "./start-retention-sweeper";

describe("startRetentionSweeper", () => {
  afterEach(() => vi.useRealTimers());

  it("sweeps at once, then every interval, never two at a time, and survives a failing sweep", async () => {
    vi.useFakeTimers();
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let calls = 0;
    let release: () => void = () => undefined;
    const sweep = vi.fn(() => {
      calls++;
      if (calls === 2) return Promise.reject(new Error("database busy"));
      return new Promise<void>((r) => (release = r));
    });
    const sweeper = startRetentionSweeper({ intervalMs: 1000, sweep });
    expect(sweep).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000); // the first sweep is still running: skipped
    expect(sweep).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sweep).toHaveBeenCalledTimes(2); // fails, and is logged
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("retention sweep failed"), expect.any(Error));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sweep).toHaveBeenCalledTimes(3);
    sweeper.stop();
    release();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sweep).toHaveBeenCalledTimes(3);
    errors.mockRestore();
  });
});
