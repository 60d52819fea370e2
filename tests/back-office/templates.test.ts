import { createHmac } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";

describeEachProvider("back office: starters open ready to run", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
  });
  afterAll(() => s?.stop());

  it("GitHub push: the endpoint comes with its commits table; a signed push stores each commit once", async () => {
    const ep = await s.api("POST", "/api/v1/endpoints", { name: "GitHub pushes", starter: "github-push" });
    expect(ep.status).toBe(201);
    const table = await s.api("GET", "/api/v1/tables/github_commits");
    expect(table.status).toBe(200);
    expect(table.body.fields.map((f: { name: string }) => f.name)).toEqual([
      "sha",
      "repository",
      "branch",
      "message",
      "author",
      "url",
      "committed_at",
    ]);
    // A second endpoint from the same starter keeps the table (and its records).
    expect((await s.api("POST", "/api/v1/endpoints", { name: "again", starter: "github-push" })).status).toBe(201);

    expect((await s.api("POST", "/api/v1/env", { name: "GITHUB_WEBHOOK_SECRET", value: "gh-secret" })).status).toBe(
      201,
    );
    expect((await s.api("POST", `/api/v1/endpoints/${ep.body.id}/publish`)).status).toBe(200);
    const body = JSON.stringify({
      ref: "refs/heads/main",
      after: "b2",
      repository: { full_name: "octo/hello" },
      pusher: { name: "mona" },
      commits: [
        {
          id: "a1",
          message: "one",
          author: { name: "Mona" },
          url: "https://github.com/octo/hello/commit/a1",
          timestamp: "2026-12-01T10:00:00Z",
        },
        {
          id: "b2",
          message: "two",
          author: { name: "Mona" },
          url: "https://github.com/octo/hello/commit/b2",
          timestamp: "2026-12-01T10:01:00Z",
        },
      ],
    });
    const headers = {
      "content-type": "application/json",
      "x-github-event": "push",
      "x-hub-signature-256": `sha256=${createHmac("sha256", "gh-secret").update(body).digest("hex")}`,
    };
    for (let i = 0; i < 2; i++) expect((await s.post(`/hooks/${ep.body.id}`, body, headers)).status).toBe(200);
    const records = (await s.api("GET", "/api/v1/tables/github_commits/records?order=oldest")).body.records;
    expect(records.map((r: { sha: string; branch: string }) => [r.sha, r.branch])).toEqual([
      ["a1", "main"],
      ["b2", "main"],
    ]);
    const forged = await s.post(`/hooks/${ep.body.id}`, body, { ...headers, "x-hub-signature-256": "sha256=00" });
    expect(forged.status).toBe(401);
  });
});
