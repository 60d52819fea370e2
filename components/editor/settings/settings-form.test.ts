import { describe, expect, it } from "vitest";
import { ZEndpointSettings } from "@/lib/settings/endpoint-settings";
import { errorsByPath, errorsFor, formatBytes, fromSettings, toSettings, unclaimedErrors } from "./settings-form";

describe("settings form", () => {
  it("starts from the defaults: POST only, direct, no rate limit, everything else empty", () => {
    const form = fromSettings({});
    expect(form).toMatchObject({
      methods: ["POST"],
      mode: "direct",
      isRateLimited: false,
      bodySize: "",
      maxSteps: "",
      acceptedBody: "",
    });
    expect(toSettings(form, {})).toEqual({ settings: {}, errors: {} });
  });

  it("round-trips every setting it owns and keeps the ones it does not (retention)", () => {
    const settings = {
      allowedMethods: ["POST", "GET"],
      mode: "background",
      acceptedResponse: { status: 200, body: { ok: true } },
      maxAttempts: 3,
      retryBaseDelayMs: 1500,
      rateLimit: { limit: 2, windowSeconds: 60 },
      maxBodyBytes: 512 * 1024,
      maxSteps: 50,
      maxIterations: 10,
      runTimeoutMs: 5000,
      expressionTimeoutMs: 200,
      retentionDays: 7,
    };
    const form = fromSettings(settings);
    expect(form).toMatchObject({
      methods: ["POST", "GET"],
      bodySize: "512",
      bodyUnit: "KB",
      retryDelaySeconds: "1.5",
      runTimeoutSeconds: "5",
    });
    const { settings: out, errors } = toSettings(form, settings);
    expect(errors).toEqual({});
    expect(out).toEqual({ ...settings, allowedMethods: ["POST", "GET"] });
    expect(ZEndpointSettings.safeParse(out).success).toBe(true);
  });

  it("shows whole megabytes in MB and converts units back to bytes", () => {
    expect(fromSettings({ maxBodyBytes: 2 * 1024 * 1024 })).toMatchObject({ bodySize: "2", bodyUnit: "MB" });
    const form = { ...fromSettings({}), bodySize: "1.5", bodyUnit: "MB" as const };
    expect(toSettings(form, {}).settings).toEqual({ maxBodyBytes: 1.5 * 1024 * 1024 });
  });

  it("background mode: the accepted response only when given, status 202 when only a body is", () => {
    const base = { ...fromSettings({}), mode: "background" as const };
    expect(toSettings(base, {}).settings).toEqual({ mode: "background" });
    expect(toSettings({ ...base, acceptedBody: '{"queued":1}' }, {}).settings).toEqual({
      mode: "background",
      acceptedResponse: { status: 202, body: { queued: 1 } },
    });
    expect(toSettings({ ...base, acceptedBody: "{nope" }, {}).errors).toEqual({
      "acceptedResponse.body": ["The body is not valid JSON."],
    });
  });

  it("direct mode drops the background-only settings", () => {
    const form = {
      ...fromSettings({ mode: "background", maxAttempts: 3, retryBaseDelayMs: 500 }),
      mode: "direct" as const,
    };
    expect(
      toSettings(form, { mode: "background", maxAttempts: 3, retryBaseDelayMs: 500, retentionCount: 9 }).settings,
    ).toEqual({ retentionCount: 9 });
  });

  it("passes out-of-range numbers through for the server to judge, but not text that is no number", () => {
    const form = {
      ...fromSettings({}),
      mode: "background" as const,
      acceptedStatus: "500",
      isRateLimited: true,
      rateLimit: "0",
      rateWindowSeconds: "60",
    };
    expect(toSettings(form, {})).toEqual({
      settings: { mode: "background", acceptedResponse: { status: 500 }, rateLimit: { limit: 0, windowSeconds: 60 } },
      errors: {},
    });
    const bad = toSettings({ ...fromSettings({}), maxSteps: "ten", maxIterations: "2.5", methods: [] }, {});
    expect(Object.keys(bad.errors).sort()).toEqual(["allowedMethods", "maxIterations", "maxSteps"]);
    expect(
      toSettings({ ...fromSettings({}), isRateLimited: true, rateLimit: "" }, {}).errors["rateLimit.limit"],
    ).toHaveLength(1);
  });

  it("maps a 400's paths onto the form's fields", () => {
    const errors = errorsByPath([
      { path: "settings.acceptedResponse.status", message: "status: Too big" },
      { path: "settings.allowedMethods.1", message: "bad method" },
      { path: "settings.whatever", message: "unknown field" },
    ]);
    expect(errorsFor(errors, "acceptedResponse.status")).toEqual(["status: Too big"]);
    expect(errorsFor(errors, "allowedMethods")).toEqual(["bad method"]);
    expect(unclaimedErrors(errors, ["acceptedResponse", "allowedMethods"])).toEqual(["unknown field"]);
  });

  it("formats byte maxima", () => {
    expect(formatBytes(1024 * 1024)).toBe("1 MB");
    expect(formatBytes(512 * 1024)).toBe("512 KB");
  });
});
