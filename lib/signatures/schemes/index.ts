import type { TSignaturePresetId } from "../preset-list";
import type { TScheme } from "../types";
import { appwrite } from "./appwrite";
import { generic } from "./generic";
import { github } from "./github";
import { intercom } from "./intercom";
import { mailchimp } from "./mailchimp";
import { meta } from "./meta";
import { paddle } from "./paddle";
import { shopify } from "./shopify";
import { slack } from "./slack";
import { square } from "./square";
import { standard } from "./standard";
import { stripe } from "./stripe";
import { twilio } from "./twilio";
import { zoom } from "./zoom";

/** Every preset's scheme; adding a preset to preset-list.ts without one here fails to compile. */
export const SCHEMES = {
  generic,
  stripe,
  github,
  shopify,
  slack,
  standard,
  twilio,
  appwrite,
  paddle,
  square,
  zoom,
  meta,
  intercom,
  mailchimp,
} satisfies Record<TSignaturePresetId, TScheme>;

export function schemeFor(preset: string): TScheme | undefined {
  return Object.hasOwn(SCHEMES, preset) ? SCHEMES[preset as TSignaturePresetId] : undefined;
}
