import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { chainGraph, published } from "../records/fixtures";

const TABLE = {
  name: "commits",
  fields: [
    { name: "sha", type: "text", required: true, unique: true },
    { name: "branch", type: "text", indexed: true },
    { name: "additions", type: "integer" },
    { name: "merged", type: "boolean" },
    { name: "at", type: "timestamp" },
    { name: "meta", type: "json" },
  ],
};

describeEachProvider("back office: tables and records by hand", (provider) => {
  let s: TTestServer;
  const base = "/api/v1/tables/commits";
  beforeAll(async () => {
    s = await startTestServer(provider);
    expect((await s.api("POST", "/api/v1/tables", TABLE)).status).toBe(201);
  });
  afterAll(() => s?.stop());

  const add = (fields: Record<string, unknown>) => s.api("POST", `${base}/records`, { fields });
  const list = async (query = "") => (await s.api("GET", `${base}/records?${query}`)).body;

  it("adds, reads, edits and deletes records with addRecord's checks; unique values stay unique", async () => {
    const created = await add({
      sha: "a1",
      branch: "main",
      additions: 3,
      merged: true,
      at: 1_700_000_000,
      meta: { files: 2 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^rec_/),
      createdAt: expect.any(String),
      sha: "a1",
      branch: "main",
      additions: 3,
      merged: true,
      at: "2023-11-14T22:13:20.000Z",
      meta: { files: 2 },
    });

    const bad = await add({ sha: "a2", additions: 1.5 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toEqual({
      path: "additions",
      message: 'field "additions" of commits must be a whole number, got number 1.5',
    });
    expect((await add({ branch: "x" })).body.errors[0].path).toBe("sha");
    expect((await add({ sha: "a3", nope: 1 })).body.errors[0].path).toBe("nope");
    const dup = await add({ sha: "a1" });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].path).toBe("sha");

    const id = created.body.id as string;
    const detail = await s.api("GET", `${base}/records/${id}`);
    expect(detail.body).toMatchObject({ version: 1, storedBy: null, record: { id, sha: "a1" } });

    const edited = await s.api("PUT", `${base}/records/${id}`, {
      fields: { sha: "a1b", branch: "dev", additions: 4 },
      version: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ sha: "a1b", branch: "dev", additions: 4, merged: null, version: 2 });
    const stale = await s.api("PUT", `${base}/records/${id}`, { fields: { sha: "a1c" }, version: 1 });
    expect(stale.status).toBe(409);
    // The old unique value is free again; the index follows the new value.
    expect((await add({ sha: "a1", branch: "main" })).status).toBe(201);
    expect(
      (
        await list(`filters=${encodeURIComponent(JSON.stringify([{ field: "branch", op: "=", value: "dev" }]))}`)
      ).records.map((r: { sha: string }) => r.sha),
    ).toEqual(["a1b"]);

    expect((await s.api("DELETE", `${base}/records/${id}`)).status).toBe(204);
    expect((await s.api("GET", `${base}/records/${id}`)).status).toBe(404);
    expect((await add({ sha: "a1b" })).status).toBe(201);
  });

  it("pages by keyset both ways, filters by field values, and refuses bad filters", async () => {
    for (let i = 0; i < 7; i++)
      expect((await add({ sha: `k${i}`, branch: i % 2 ? "odd" : "even", additions: i })).status).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { records: { sha: string }[]; nextCursor: string | null } = await list(
        `limit=3&order=oldest${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.records.map((r) => r.sha));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.slice(-7)).toEqual(["k0", "k1", "k2", "k3", "k4", "k5", "k6"]);
    const f = (filters: unknown) => `filters=${encodeURIComponent(JSON.stringify(filters))}`;
    const odd = await list(`limit=2&${f([{ field: "branch", op: "=", value: "odd" }])}`);
    expect(odd.records.map((r: { sha: string }) => r.sha)).toEqual(["k5", "k3"]);
    const next = await list(`limit=2&cursor=${odd.nextCursor}&${f([{ field: "branch", op: "=", value: "odd" }])}`);
    expect(next.records.map((r: { sha: string }) => r.sha)).toEqual(["k1"]);
    expect(
      (await list(f([{ field: "additions", op: ">=", value: 5 }]))).records.map((r: { sha: string }) => r.sha),
    ).toEqual(["k6", "k5"]);
    const bad = await s.api("GET", `${base}/records?${f([{ field: "additions", op: "contains", value: "1" }])}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({
      path: "filters",
      message: expect.stringMatching(/"contains" applies to text fields/),
    });
  });

  it("tells which request stored a record, exports CSV and JSON, imports CSV all or nothing", async () => {
    const ep = await published(
      s,
      "store",
      chainGraph([
        { id: "save", type: "addRecord", config: { table: "commits", fields: { sha: "$payload.sha" } } },
        { id: "ok", type: "response", config: { status: "200", body: "$record" } },
      ]),
    );
    const stored = await (await s.post(ep.path, JSON.stringify({ sha: "from-hook" }))).json();
    const detail = (await s.api("GET", `${base}/records/${stored.id}`)).body;
    expect(detail.storedBy).toEqual({
      requestId: expect.stringMatching(/^req_/),
      endpointId: ep.id,
      endpointName: "store",
      receivedAt: expect.any(String),
    });

    const csv = await fetch(`${s.baseUrl}${base}/export?format=csv`, {
      headers: { authorization: `Bearer ${s.apiKey}` },
    });
    expect(csv.headers.get("content-disposition")).toContain('filename="commits.csv"');
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,createdAt,sha,branch,additions,merged,at,meta");
    const total = (await s.api("GET", "/api/v1/tables/commits")).body.recordCount;
    expect(lines).toHaveLength(total + 1);
    const json = await (
      await fetch(
        `${s.baseUrl}${base}/export?format=json&filters=${encodeURIComponent(JSON.stringify([{ field: "branch", op: "=", value: "odd" }]))}`,
        { headers: { authorization: `Bearer ${s.apiKey}` } },
      )
    ).json();
    expect(json.map((r: { sha: string }) => r.sha)).toEqual(["k1", "k3", "k5"]);

    const badImport = await s.api("POST", `${base}/import`, { csv: 'sha,additions,meta\nn1,2,"{""a"":1}"\nn2,two,\n' });
    expect(badImport.status).toBe(400);
    expect(badImport.body.errors[0]).toMatchObject({
      path: "csv.row3.additions",
      message: expect.stringMatching(/^row 3: .*whole number/),
    });
    const imported = await s.api("POST", `${base}/import`, {
      csv: 'id,sha,additions,merged,meta\nx,n1,2,true,"{""a"":1}"\nx,n2,,false,\n',
    });
    expect(imported.body).toEqual({ imported: 2 });
    const n1 = (
      await list(
        `${encodeURIComponent("filters")}=${encodeURIComponent(JSON.stringify([{ field: "sha", op: "=", value: "n1" }]))}`,
      )
    ).records[0];
    expect(n1).toMatchObject({ sha: "n1", additions: 2, merged: true, meta: { a: 1 } });
    expect((await s.api("POST", `${base}/import`, { csv: "sha\nn1\n" })).status).toBe(409);
    expect((await s.api("POST", `${base}/import`, { csv: "sha,color\nz,red\n" })).body.errors[0].message).toBe(
      'commits has no field "color"',
    );
  });

  it("adds and removes fields: existing records get no value; a removed field's values go from every record", async () => {
    const required = await s.api("POST", `${base}/fields`, { name: "author", type: "text", required: true });
    expect(required.status).toBe(409);
    const added = await s.api("POST", `${base}/fields`, { name: "author", type: "text", indexed: true });
    expect(added.status).toBe(200);
    expect(added.body.fields.at(-1)).toEqual({
      name: "author",
      type: "text",
      required: false,
      unique: false,
      indexed: true,
    });
    const empty = await list(
      `limit=200&filters=${encodeURIComponent(JSON.stringify([{ field: "author", op: "is empty" }]))}`,
    );
    expect(empty.records.length).toBe(added.body.recordCount);
    expect((await s.api("POST", `${base}/fields`, { name: "author", type: "text" })).status).toBe(409);

    const removed = await s.api("DELETE", `${base}/fields/meta`);
    expect(removed.body.fields.map((f: { name: string }) => f.name)).not.toContain("meta");
    // Added again, the field starts empty: the old values are gone.
    expect((await s.api("POST", `${base}/fields`, { name: "meta", type: "json" })).status).toBe(200);
    const n1 = (await list(`filters=${encodeURIComponent(JSON.stringify([{ field: "sha", op: "=", value: "n1" }]))}`))
      .records[0];
    expect(n1.meta).toBeNull();
    expect((await s.api("DELETE", `${base}/fields/nope`)).status).toBe(404);
  });

  it("the Tables pages: sign in first; the owner gets the buttons that change things", async () => {
    for (const page of ["/tables", "/tables/commits"]) {
      const anonymous = await fetch(s.baseUrl + page, { redirect: "manual" });
      expect(anonymous.headers.get("location"), page).toContain("/sign-in");
      const html = await (await fetch(s.baseUrl + page, { headers: { cookie: s.ownerCookie } })).text();
      expect(html, page).toContain(page === "/tables" ? "New table" : "Add record");
    }
    expect((await fetch(`${s.baseUrl}/tables/nope`, { headers: { cookie: s.ownerCookie } })).status).toBe(404);
  });
});
