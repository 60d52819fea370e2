import type { TRawBody } from "./internal/crypto";
import type { TSignaturePresetId, THmacAlgorithm, TSignatureEncoding } from "./preset-list";

/** The `generic` preset's settings, already evaluated by the caller. */
export type TGenericConfig = {
  header: string;
  algorithm: THmacAlgorithm;
  encoding: TSignatureEncoding;
  prefix?: string;
  /** The signed payload, already evaluated; defaults to the raw body. */
  payload?: string;
};

export type TVerifyInput = {
  preset: TSignaturePresetId;
  /** One or more secrets (rotation): any may match. */
  secrets: string[];
  /** The exact raw body as received: its bytes, or its text when that is what the caller has (signed as UTF-8). */
  rawBody: TRawBody;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The full public URL the sender used, including the query string. */
  url: string;
  /** Current unix time in seconds. */
  nowSeconds: number;
  /** Allowed clock difference, in seconds, for presets with a timestamp. */
  toleranceSeconds: number;
  generic?: TGenericConfig;
};

export type TVerifyResult =
  | { valid: true; preset: string; timestamp?: number; secretIndex: number }
  | { valid: false; preset: string; reason: string };

export type TSignInput = {
  preset: TSignaturePresetId;
  secret: string;
  rawBody: string;
  url: string;
  nowSeconds: number;
  generic?: TGenericConfig;
  /** Standard Webhooks only: the message id to sign; a fresh `msg_...` when absent. */
  webhookId?: string;
};

/** A secret that is usable, with its position in the caller's list (reported back as `secretIndex`). */
export type TSecret = { value: string; index: number };

/** What a scheme sees: headers normalised to lower case, secrets non-empty, tolerance sane. */
export type TSchemeContext = Omit<TVerifyInput, "secrets" | "preset"> & { preset: string; secrets: TSecret[] };

export type TScheme = {
  verify(ctx: TSchemeContext): TVerifyResult;
  sign(input: TSignInput): Record<string, string>;
};
