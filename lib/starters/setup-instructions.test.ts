import { describe, expect, it } from "vitest";
import { getStarter } from ".";
import { setupInstructions } from "./setup-instructions";

describe("setupInstructions", () => {
  it("follows the stack's provider: GitHub asks for the payload URL, content type, secret and events", () => {
    const gh = setupInstructions(getStarter("github-push")!.graph as never);
    expect(gh.provider).toBe("GitHub");
    expect(gh.steps.join(" ")).toMatch(/Payload URL.*application\/json.*GITHUB_WEBHOOK_SECRET.*push event/);
    expect(gh.steps.join(" ")).not.toMatch(/Stripe/);
    expect(setupInstructions(getStarter("stripe-invoice-paid")!.graph as never).steps[0]).toMatch(/^Stripe Dashboard/);
    expect(setupInstructions(getStarter("slack-events")!.graph as never).steps[0]).toMatch(/Request URL/);
  });

  it("falls back to generic steps without a signature check", () => {
    const generic = setupInstructions({ nodes: [{ type: "webhook" }] });
    expect(generic.provider).toBe("your provider");
    expect(generic.steps.join(" ")).not.toMatch(/Stripe/);
  });
});
