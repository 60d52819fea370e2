import { genericJson } from "./generic-json";
import { githubPush } from "./github-push";
import { metaVerify } from "./meta-verify";
import { shopifyOrdersCreate } from "./shopify-orders-create";
import { slackEvents } from "./slack-events";
import { STARTER_TESTS } from "./starter-tests";
import { stripeInvoicePaid } from "./stripe-invoice-paid";
import { stripeSubscriptionStatus } from "./stripe-subscription-status";
import type { TStarter } from "./types";
import { zoomUrlValidation } from "./zoom-url-validation";

export type { TStarter, TStarterTable } from "./types";

/** Ready-made function stacks to start an endpoint from, in the order the picker shows them. Isomorphic. */
export const STARTERS: readonly TStarter[] = [
  stripeInvoicePaid,
  stripeSubscriptionStatus,
  githubPush,
  shopifyOrdersCreate,
  slackEvents,
  zoomUrlValidation,
  metaVerify,
  genericJson,
].map((s) => ({ ...s, tests: s.tests ?? STARTER_TESTS[s.id] }));

export function getStarter(id: string): TStarter | undefined {
  return STARTERS.find((s) => s.id === id);
}
