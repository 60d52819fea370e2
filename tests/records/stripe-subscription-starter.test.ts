import { afterAll, beforeAll, expect, it } from "vitest";
import { getStarter } from "@/lib/starters";
import { describeEachProvider } from "../support/providers";
import { stripeSignature } from "../support/stripe-event";
import { startTestServer, type TTestServer } from "../support/test-server";
import { allRecords } from "./fixtures";

const SECRET = "whsec_subscription_1";

function subscriptionEvent(type: string, customer: unknown, status: string, created: number) {
  return {
    id: `evt_${created}`,
    type,
    created,
    data: { object: { id: "sub_1", object: "subscription", customer, status, current_period_end: 1_800_000_000 } },
  };
}

describeEachProvider("starter: Stripe subscription status", (provider) => {
  let s: TTestServer;
  let path: string;
  beforeAll(async () => {
    s = await startTestServer(provider);
    const starter = getStarter("stripe-subscription-status")!;
    for (const table of starter.tables ?? []) expect((await s.api("POST", "/api/v1/tables", table)).status).toBe(201);
    await s.api("PUT", "/api/v1/env/STRIPE_SECRET", { value: SECRET });
    const created = await s.api("POST", "/api/v1/endpoints", { name: "subs", starter: starter.id });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await s.api("POST", `/api/v1/endpoints/${created.body.id}/publish`)).status).toBe(200);
    path = `/hooks/${created.body.id}`;
  });
  afterAll(() => s?.stop());

  const deliver = async (event: unknown) => {
    const body = JSON.stringify(event);
    const res = await s.post(path, body, { "stripe-signature": stripeSignature(body, SECRET) });
    return { status: res.status, body: await res.json() };
  };
  const customer = async () => (await allRecords(s, "customers")).filter((r) => r.stripe_customer_id === "cus_1");

  it("adds the customer, follows its status, ignores older events and other types", async () => {
    expect(
      await deliver(subscriptionEvent("customer.subscription.created", "cus_1", "trialing", 1_700_000_100)),
    ).toEqual({ status: 200, body: { received: true } });
    expect(await customer()).toEqual([
      expect.objectContaining({
        status: "trialing",
        subscription_id: "sub_1",
        current_period_end: "2027-01-15T08:00:00.000Z",
      }),
    ]);
    await deliver(subscriptionEvent("customer.subscription.updated", "cus_1", "active", 1_700_000_300));
    // Stripe delivered an older event late: the row keeps the newer status.
    await deliver(subscriptionEvent("customer.subscription.updated", "cus_1", "past_due", 1_700_000_200));
    expect(await customer()).toEqual([
      expect.objectContaining({ status: "active", event_at: "2023-11-14T22:18:20.000Z" }),
    ]);
    await deliver(subscriptionEvent("customer.subscription.deleted", "cus_1", "canceled", 1_700_000_400));
    expect(await customer()).toEqual([expect.objectContaining({ status: "canceled" })]);
    expect(await deliver({ id: "evt_x", type: "invoice.paid", created: 1, data: { object: {} } })).toEqual({
      status: 200,
      body: { received: true },
    });
  });

  it("answers 400 to a subscription event without a customer, and 401 unsigned", async () => {
    expect(await deliver(subscriptionEvent("customer.subscription.updated", null, "active", 1_700_000_500))).toEqual({
      status: 400,
      body: { error: "the subscription names no customer" },
    });
    expect((await s.post(path, "{}")).status).toBe(401);
  });
});
