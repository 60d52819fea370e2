import { z } from "zod";

export const ZEnvName = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]{0,63}$/, "name must be upper-case letters, digits and _ (e.g. STRIPE_SECRET), at most 64");

export const ZEnvValue = z
  .string({ error: (issue) => (issue.input === undefined ? "value is required" : "value must be text") })
  .min(1, "value must not be empty")
  .max(10_000, "value is at most 10000 characters");

export const ZSetEnvBody = z.object({ value: ZEnvValue });

/** A variable as the API answers it: its name and last change, never its value. */
export const ZEnvVarOut = z.object({ name: z.string(), updatedAt: z.string() });
export type TEnvVarView = z.infer<typeof ZEnvVarOut>;
/** The list adds the endpoints whose draft or live version reads each variable (TEnvVarListItem). */
export const ZEnvVarListOut = z.object({
  variables: z.array(
    ZEnvVarOut.extend({
      usedBy: z.array(z.object({ id: z.string(), name: z.string(), live: z.boolean(), draft: z.boolean() })),
    }),
  ),
});

export const ZCreateEnvBody = z.object({ name: ZEnvName, value: ZEnvValue });
