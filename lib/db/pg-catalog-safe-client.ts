import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type Result = { fields?: { dataTypeID: number }[] } | undefined;

function retype(result: Result | Result[]): void {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
}

/**
 * A pg.Client for the Prisma CLI only: `migrate deploy` reads pg_catalog columns typed `name` and `"char"`,
 * which @prisma/adapter-pg 6.19 cannot deserialize (prisma/orm#27403). Reporting them as text fixes it.
 */
export class CatalogSafeClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Client's query has a dozen overloads; this forwards them all
  override query(...args: any[]): any {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    if (callback) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- forwards whichever overload the caller used
      return (super.query as any)(...args, (err: Error, res: Result) => {
        if (!err) retype(res);
        callback(err, res);
      });
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- forwards whichever overload the caller used
    const out = (super.query as any)(...args);
    if (out && typeof out.then === "function") {
      return out.then((res: Result) => {
        retype(res);
        return res;
      });
    }
    return out;
  }
}
