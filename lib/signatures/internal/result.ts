import type { TVerifyResult } from "../types";

export const fail = (preset: string, reason: string): TVerifyResult => ({ valid: false, preset, reason });

export const ok = (preset: string, secretIndex: number, timestamp?: number): TVerifyResult =>
  timestamp === undefined ? { valid: true, preset, secretIndex } : { valid: true, preset, timestamp, secretIndex };

export const MISMATCH = "signature does not match";
