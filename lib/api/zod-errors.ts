import type { z } from "zod";
import type { TFieldError } from "@/lib/errors";

function mentions(message: string, field: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_])${field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^A-Za-z0-9_]|$)`, "i").test(
    message,
  );
}

/** zod issues as field errors whose message names the field (`name is required`, `limit: Too big: ...`). */
export function zodFieldErrors(error: z.ZodError, prefix: readonly string[] = []): TFieldError[] {
  return error.issues.flatMap((issue): TFieldError[] => {
    const segments = [...prefix, ...issue.path.map(String)];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...segments, key].join("."), message: `unknown field "${key}"` }));
    }
    const field = segments[segments.length - 1] ?? "";
    let message = issue.message;
    if (issue.code === "invalid_type" && message.endsWith("received undefined")) {
      message = `${field || "a value"} is required`;
    } else if (field && !mentions(message, field)) {
      message = `${field}: ${message}`;
    }
    return [{ path: segments.join("."), message }];
  });
}
