import { z } from "zod";

/** `{version}` in a URL: a version number (1, 2, 3...). */
export const ZVersionParams = z.object({
  version: z.coerce
    .number({ error: "version must be a number" })
    .int("version must be a whole number")
    .min(1, "version starts at 1"),
});
