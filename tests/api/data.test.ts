import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { echoGraph, storeOrderGraph } from "./fixtures";

describeEachProvider("management API: tables, records, environment", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it("creates, lists, reads and deletes tables; 409 on a duplicate name", async () => {
    const body = {
      name: "customers",
      fields: [
        { name: "email", type: "text", required: true, unique: true },
        { name: "meta", type: "json" },
      ],
    };
    const created = await s.api("POST", "/api/v1/tables", body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^tbl_/),
      name: "customers",
      fields: [
        { name: "email", type: "text", required: true, unique: true },
        { name: "meta", type: "json", required: false, unique: false },
      ],
      createdAt: expect.any(String),
      recordCount: 0,
    });
    const dup = await s.api("POST", "/api/v1/tables", body);
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatch(/customers/);

    const list = await s.api("GET", "/api/v1/tables");
    expect(list.body.tables.map((t: { name: string }) => t.name)).toContain("customers");
    expect((await s.api("GET", "/api/v1/tables/customers")).body.recordCount).toBe(0);

    expect((await s.api("DELETE", "/api/v1/tables/customers")).status).toBe(204);
    expect((await s.api("GET", "/api/v1/tables/customers")).status).toBe(404);
    expect((await s.api("GET", "/api/v1/tables/customers/records")).status).toBe(404);
    expect((await s.api("DELETE", "/api/v1/tables/customers")).status).toBe(404);
  });

  it("answers 400 naming the field for bad table definitions", async () => {
    const badType = await s.api("POST", "/api/v1/tables", { name: "t1", fields: [{ name: "a", type: "varchar" }] });
    expect(badType.status).toBe(400);
    expect(badType.body.errors[0].path).toBe("fields.0.type");
    const badName = await s.api("POST", "/api/v1/tables", { name: "Bad Name", fields: [{ name: "a", type: "text" }] });
    expect(badName.body.errors[0].path).toBe("name");
    const reserved = await s.api("POST", "/api/v1/tables", { name: "t2", fields: [{ name: "id", type: "text" }] });
    expect(reserved.body.errors[0].path).toBe("fields.0.name");
    const noFields = await s.api("POST", "/api/v1/tables", { name: "t3", fields: [] });
    expect(noFields.body.errors[0].path).toBe("fields");
    const notJson = await s.api("POST", "/api/v1/tables", "name=t4");
    expect(notJson.status).toBe(400);
    expect((await s.api("GET", "/api/v1/tables")).body.tables.map((t: { name: string }) => t.name)).not.toContain("t1");
  });

  it("lists records newest first, paginated by cursor", async () => {
    await s.api("POST", "/api/v1/tables", {
      name: "orders",
      fields: [
        { name: "order_id", type: "text" },
        { name: "amount", type: "integer" },
      ],
    });
    const ep = (await s.api("POST", "/api/v1/endpoints", { name: "orders", graph: storeOrderGraph("orders", "x") }))
      .body;
    await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
    for (let i = 1; i <= 5; i++) {
      expect((await s.post(`/hooks/${ep.id}`, JSON.stringify({ id: `o-${i}`, amount: i }))).status).toBe(201);
    }
    const first = await s.api("GET", "/api/v1/tables/orders/records?limit=2");
    expect(first.status).toBe(200);
    expect(first.body.records).toEqual([
      { id: expect.stringMatching(/^rec_/), createdAt: expect.any(String), order_id: "o-5", amount: 5 },
      { id: expect.stringMatching(/^rec_/), createdAt: expect.any(String), order_id: "o-4", amount: 4 },
    ]);
    expect(Object.keys(first.body.records[0])).toEqual(["id", "createdAt", "order_id", "amount"]);
    expect(first.body.nextCursor).toBe(first.body.records[1].id);

    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await s.api("GET", `/api/v1/tables/orders/records?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      ids.push(...page.body.records.map((r: { order_id: string }) => r.order_id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids).toEqual(["o-5", "o-4", "o-3", "o-2", "o-1"]);

    const all = await s.api("GET", "/api/v1/tables/orders/records");
    expect(all.body.records).toHaveLength(5);
    expect(all.body.nextCursor).toBeNull();
    expect((await s.api("GET", "/api/v1/tables/orders")).body.recordCount).toBe(5);
    const badLimit = await s.api("GET", "/api/v1/tables/orders/records?limit=500");
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.errors[0].path).toBe("limit");
  });

  it("pages newest first through records stored by one request (same millisecond): no overlap, no gap; checks the cursor's table", async () => {
    // Stores one record per item of `lines` in `table`.
    const storeLines = async (table: string) => {
      await s.api("POST", "/api/v1/tables", { name: table, fields: [{ name: "n", type: "integer" }] });
      const graph = {
        version: 1,
        nodes: [
          { id: "start", type: "webhook", config: {} },
          { id: "raw", type: "getRawInput", config: { encoding: "json", as: "payload" } },
          { id: "each", type: "forEach", config: { list: "$payload.lines", as: "line" } },
          { id: "save", type: "addRecord", config: { table, fields: { n: "$line" } } },
          { id: "ok", type: "response", config: { status: "201", body: "{ 'stored': $count($payload.lines) }" } },
        ],
        edges: [
          { source: "start", target: "raw" },
          { source: "raw", target: "each" },
          { source: "each", sourceHandle: "each", target: "save" },
          { source: "each", sourceHandle: "done", target: "ok" },
        ],
      };
      const ep = (await s.api("POST", "/api/v1/endpoints", { name: table, graph })).body;
      await s.api("POST", `/api/v1/endpoints/${ep.id}/publish`);
      return (lines: number[]) => s.post(`/hooks/${ep.id}`, JSON.stringify({ lines }));
    };
    const send = await storeLines("lines");
    const sendOther = await storeLines("other_lines");
    // Two requests of 10 records each: most records of a request share their created_at.
    for (const first of [1, 11]) {
      const lines = Array.from({ length: 10 }, (_, i) => first + i);
      expect((await send(lines)).status).toBe(201);
    }
    expect((await sendOther([1])).status).toBe(201);

    const pages: { id: string; n: number }[][] = [];
    let cursor: string | null = null;
    do {
      const page: any = await s.api("GET", `/api/v1/tables/lines/records?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      pages.push(page.body.records);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 3, 3, 3, 2]);
    const all = pages.flat();
    expect(all.map((r) => r.n)).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(new Set(all.map((r) => r.id)).size).toBe(20);
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort().reverse());

    // A record id of another table, or an unknown id, is not a cursor of this table.
    const other = (await s.api("GET", "/api/v1/tables/other_lines/records")).body.records[0].id;
    for (const bad of [other, "rec_unknown"]) {
      const res = await s.api("GET", `/api/v1/tables/lines/records?cursor=${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toEqual({ path: "cursor", message: `cursor "${bad}" is not a record of lines` });
    }
  });

  it("sets, lists (names only), updates and deletes environment variables; runs see changes at once", async () => {
    const set = await s.api("PUT", "/api/v1/env/API_TOKEN", { value: "s3cret-value" });
    expect(set.status).toBe(201);
    expect(set.body).toEqual({ name: "API_TOKEN", updatedAt: expect.any(String) });

    const list = await s.api("GET", "/api/v1/env");
    expect(list.status).toBe(200);
    expect(list.body.variables).toEqual([{ name: "API_TOKEN", updatedAt: expect.any(String), usedBy: [] }]);
    expect(JSON.stringify(list.body)).not.toContain("s3cret-value");

    const ep = (
      await s.api("POST", "/api/v1/endpoints", { name: "env", graph: echoGraph("{ 'len': $length($env.API_TOKEN) }") })
    ).body;
    const run1 = await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, { dryRun: true });
    expect(run1.body.response.body).toEqual({ len: "s3cret-value".length });

    expect((await s.api("PUT", "/api/v1/env/API_TOKEN", { value: "new" })).status).toBe(200);
    const run2 = await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, { dryRun: true });
    expect(run2.body.response.body).toEqual({ len: 3 });

    expect((await s.api("DELETE", "/api/v1/env/API_TOKEN")).status).toBe(204);
    expect((await s.api("DELETE", "/api/v1/env/API_TOKEN")).status).toBe(404);
    expect((await s.api("GET", "/api/v1/env")).body.variables).toEqual([]);
  });

  it("answers 400 naming the field for bad env input", async () => {
    const badName = await s.api("PUT", "/api/v1/env/bad-name", { value: "x" });
    expect(badName.status).toBe(400);
    expect(badName.body.errors[0].path).toBe("name");
    const empty = await s.api("PUT", "/api/v1/env/GOOD", { value: "" });
    expect(empty.body.errors[0].path).toBe("value");
    const missing = await s.api("PUT", "/api/v1/env/GOOD", {});
    expect(missing.body.errors).toEqual([{ path: "value", message: "value is required" }]);
    const tooLong = await s.api("PUT", "/api/v1/env/GOOD", { value: "x".repeat(10_001) });
    expect(tooLong.body.errors[0].path).toBe("value");
    expect((await s.api("DELETE", "/api/v1/env/bad-name")).status).toBe(400);
    expect((await s.api("GET", "/api/v1/env")).body.variables).toEqual([]);
  });
});
