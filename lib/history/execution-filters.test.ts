import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, executionsQuery, presetRange } from "./execution-filters";

describe("executionsQuery", () => {
  it("turns a run choice into mode and state, and UTC from/to inputs into ISO times", () => {
    const q = executionsQuery({
      ...EMPTY_FILTER,
      run: "background-pending",
      from: "2026-12-03T10:00",
      to: "2026-12-03T11:30",
      summary: "header:x-github-event",
    });
    expect(Object.fromEntries(q)).toEqual({
      mode: "background",
      state: "pending",
      since: "2026-12-03T10:00:00.000Z",
      until: "2026-12-03T11:30:59.999Z",
      summary: "header:x-github-event",
    });
  });
  it("leaves out what is not set, and carries the cursor", () => {
    expect(executionsQuery(EMPTY_FILTER, "123.req_1").toString()).toBe("cursor=123.req_1");
  });
  it("a preset starts that long before now and has no end", () => {
    expect(presetRange("hour", Date.UTC(2026, 11, 3, 12, 0))).toEqual({ from: "2026-12-03T11:00", to: "" });
  });
});
