import { genericJsonSample } from "./generic-json";
import { githubPushSample } from "./github-push";
import { shopifyOrdersCreateSample } from "./shopify-orders-create";
import { slackEventSample } from "./slack-event";
import { stripeInvoicePaidSample } from "./stripe-invoice-paid";
import type { TSample } from "./types";

export type { TSample } from "./types";

/** Sample payloads the test panel starts from, in menu order. Isomorphic. */
export const SAMPLES: readonly TSample[] = [
  stripeInvoicePaidSample,
  githubPushSample,
  shopifyOrdersCreateSample,
  slackEventSample,
  genericJsonSample,
];

export function getSample(id: string): TSample | undefined {
  return SAMPLES.find((s) => s.id === id);
}

/** The sample that fits a stack best: the one signed like its `hmacVerify` node, else the generic one. */
export function sampleForPreset(preset: string | undefined): TSample {
  return SAMPLES.find((s) => preset && s.preset === preset) ?? genericJsonSample;
}
