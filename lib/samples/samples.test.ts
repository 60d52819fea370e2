import { describe, expect, it } from "vitest";
import { SAMPLES, sampleForPreset } from "./index";

describe("samples", () => {
  it("are valid JSON with lower-case header names and unique ids", () => {
    expect(new Set(SAMPLES.map((s) => s.id)).size).toBe(SAMPLES.length);
    for (const s of SAMPLES) {
      expect(() => JSON.parse(s.body)).not.toThrow();
      for (const name of Object.keys(s.headers)) expect(name).toBe(name.toLowerCase());
    }
  });

  it("fit the starters' expressions", () => {
    const stripe = JSON.parse(sampleForPreset("stripe").body);
    expect(stripe.type).toBe("invoice.paid");
    expect(stripe.data.object.lines.data).toHaveLength(2);
    expect(sampleForPreset("github").headers["x-github-event"]).toBe("push");
    expect(sampleForPreset("shopify").headers["x-shopify-topic"]).toBe("orders/create");
    expect(sampleForPreset("twilio").id).toBe("generic-json");
  });
});
