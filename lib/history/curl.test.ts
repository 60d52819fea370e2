import { describe, expect, it } from "vitest";
import { curlCommand } from "./curl";

describe("curlCommand", () => {
  it("keeps the exact body and quotes what the shell would read", () => {
    const cmd = curlCommand("http://h", {
      method: "POST",
      path: "/hooks/ep_1",
      query: { a: "1" },
      headers: { host: "h", "content-type": "application/json", "x-note": "it's" },
      body: '{"name":"O\'Brien"}',
    });
    expect(cmd).toBe(
      `curl -X POST 'http://h/hooks/ep_1?a=1' \\\n  -H 'content-type: application/json' \\\n  -H 'x-note: it'\\''s' \\\n  --data-binary '{"name":"O'\\''Brien"}'`,
    );
  });
});
