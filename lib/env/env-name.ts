import { z } from "zod";

export const ZEnvName = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]{0,63}$/, "name must be upper-case letters, digits and _ (e.g. STRIPE_SECRET), at most 64");

export const ZEnvValue = z
  .string({ error: (issue) => (issue.input === undefined ? "value is required" : "value must be text") })
  .min(1, "value must not be empty")
  .max(10_000, "value is at most 10000 characters");

export const ZSetEnvBody = z.object({ value: ZEnvValue });

export type TEnvVarView = { name: string; updatedAt: string };

export const ZCreateEnvBody = z.object({ name: ZEnvName, value: ZEnvValue });
