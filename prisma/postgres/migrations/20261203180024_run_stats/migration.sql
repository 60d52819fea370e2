-- DropIndex
DROP INDEX "request_logs_workspace_time";

-- CreateTable
CREATE TABLE "run_stats" (
    "workspace_id" TEXT NOT NULL,
    "endpoint_id" TEXT NOT NULL,
    "step_ms" INTEGER NOT NULL,
    "start_at" BIGINT NOT NULL,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "duration_max" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "h00" INTEGER NOT NULL DEFAULT 0,
    "h01" INTEGER NOT NULL DEFAULT 0,
    "h02" INTEGER NOT NULL DEFAULT 0,
    "h03" INTEGER NOT NULL DEFAULT 0,
    "h04" INTEGER NOT NULL DEFAULT 0,
    "h05" INTEGER NOT NULL DEFAULT 0,
    "h06" INTEGER NOT NULL DEFAULT 0,
    "h07" INTEGER NOT NULL DEFAULT 0,
    "h08" INTEGER NOT NULL DEFAULT 0,
    "h09" INTEGER NOT NULL DEFAULT 0,
    "h10" INTEGER NOT NULL DEFAULT 0,
    "h11" INTEGER NOT NULL DEFAULT 0,
    "h12" INTEGER NOT NULL DEFAULT 0,
    "h13" INTEGER NOT NULL DEFAULT 0,
    "h14" INTEGER NOT NULL DEFAULT 0,
    "h15" INTEGER NOT NULL DEFAULT 0,
    "h16" INTEGER NOT NULL DEFAULT 0,
    "h17" INTEGER NOT NULL DEFAULT 0,
    "h18" INTEGER NOT NULL DEFAULT 0,
    "h19" INTEGER NOT NULL DEFAULT 0,
    "h20" INTEGER NOT NULL DEFAULT 0,
    "h21" INTEGER NOT NULL DEFAULT 0,
    "h22" INTEGER NOT NULL DEFAULT 0,
    "h23" INTEGER NOT NULL DEFAULT 0,
    "h24" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "run_stats_pkey" PRIMARY KEY ("workspace_id","step_ms","start_at","endpoint_id")
);

-- CreateTable
CREATE TABLE "request_failures" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "endpoint_id" TEXT NOT NULL,
    "received_at" BIGINT NOT NULL,

    CONSTRAINT "request_failures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "request_failures_workspace_id_received_at_idx" ON "request_failures"("workspace_id", "received_at");

-- Backfill: the rollup of the history already stored, as lib/run-stats/ would have written it (the same buckets,
-- the same error rule), so the dashboard shows the past at once. From here on the run store adds each finished run.
INSERT INTO "run_stats" ("workspace_id", "endpoint_id", "step_ms", "start_at", "requests", "errors", "duration_max", "h00", "h01", "h02", "h03", "h04", "h05", "h06", "h07", "h08", "h09", "h10", "h11", "h12", "h13", "h14", "h15", "h16", "h17", "h18", "h19", "h20", "h21", "h22", "h23", "h24")
SELECT "workspace_id", "endpoint_id", 60000, "received_at" - ("received_at" % 60000), COUNT(*),
  SUM(CASE WHEN "status" >= 400 OR "state" = 'failed' THEN 1 ELSE 0 END), MAX("duration_ms"),
  SUM(CASE WHEN "duration_ms" <= 0.5 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 0.5 AND "duration_ms" <= 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 1 AND "duration_ms" <= 2 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 2 AND "duration_ms" <= 3 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 3 AND "duration_ms" <= 5 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 5 AND "duration_ms" <= 7.5 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 7.5 AND "duration_ms" <= 10 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 10 AND "duration_ms" <= 15 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 15 AND "duration_ms" <= 20 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 20 AND "duration_ms" <= 30 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 30 AND "duration_ms" <= 50 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 50 AND "duration_ms" <= 75 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 75 AND "duration_ms" <= 100 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 100 AND "duration_ms" <= 150 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 150 AND "duration_ms" <= 200 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 200 AND "duration_ms" <= 300 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 300 AND "duration_ms" <= 500 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 500 AND "duration_ms" <= 750 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 750 AND "duration_ms" <= 1000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 1000 AND "duration_ms" <= 2000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 2000 AND "duration_ms" <= 5000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 5000 AND "duration_ms" <= 10000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 10000 AND "duration_ms" <= 30000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 30000 AND "duration_ms" <= 60000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 60000 THEN 1 ELSE 0 END)
FROM "request_logs" WHERE "state" IN ('succeeded', 'failed')
GROUP BY "workspace_id", "endpoint_id", "received_at" - ("received_at" % 60000);

INSERT INTO "run_stats" ("workspace_id", "endpoint_id", "step_ms", "start_at", "requests", "errors", "duration_max", "h00", "h01", "h02", "h03", "h04", "h05", "h06", "h07", "h08", "h09", "h10", "h11", "h12", "h13", "h14", "h15", "h16", "h17", "h18", "h19", "h20", "h21", "h22", "h23", "h24")
SELECT "workspace_id", "endpoint_id", 900000, "received_at" - ("received_at" % 900000), COUNT(*),
  SUM(CASE WHEN "status" >= 400 OR "state" = 'failed' THEN 1 ELSE 0 END), MAX("duration_ms"),
  SUM(CASE WHEN "duration_ms" <= 0.5 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 0.5 AND "duration_ms" <= 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 1 AND "duration_ms" <= 2 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 2 AND "duration_ms" <= 3 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 3 AND "duration_ms" <= 5 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 5 AND "duration_ms" <= 7.5 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 7.5 AND "duration_ms" <= 10 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 10 AND "duration_ms" <= 15 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 15 AND "duration_ms" <= 20 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 20 AND "duration_ms" <= 30 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 30 AND "duration_ms" <= 50 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 50 AND "duration_ms" <= 75 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 75 AND "duration_ms" <= 100 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 100 AND "duration_ms" <= 150 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 150 AND "duration_ms" <= 200 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 200 AND "duration_ms" <= 300 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 300 AND "duration_ms" <= 500 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 500 AND "duration_ms" <= 750 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 750 AND "duration_ms" <= 1000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 1000 AND "duration_ms" <= 2000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 2000 AND "duration_ms" <= 5000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 5000 AND "duration_ms" <= 10000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 10000 AND "duration_ms" <= 30000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 30000 AND "duration_ms" <= 900000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 900000 THEN 1 ELSE 0 END)
FROM "request_logs" WHERE "state" IN ('succeeded', 'failed')
GROUP BY "workspace_id", "endpoint_id", "received_at" - ("received_at" % 900000);

INSERT INTO "run_stats" ("workspace_id", "endpoint_id", "step_ms", "start_at", "requests", "errors", "duration_max", "h00", "h01", "h02", "h03", "h04", "h05", "h06", "h07", "h08", "h09", "h10", "h11", "h12", "h13", "h14", "h15", "h16", "h17", "h18", "h19", "h20", "h21", "h22", "h23", "h24")
SELECT "workspace_id", "endpoint_id", 3600000, "received_at" - ("received_at" % 3600000), COUNT(*),
  SUM(CASE WHEN "status" >= 400 OR "state" = 'failed' THEN 1 ELSE 0 END), MAX("duration_ms"),
  SUM(CASE WHEN "duration_ms" <= 0.5 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 0.5 AND "duration_ms" <= 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 1 AND "duration_ms" <= 2 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 2 AND "duration_ms" <= 3 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 3 AND "duration_ms" <= 5 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 5 AND "duration_ms" <= 7.5 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 7.5 AND "duration_ms" <= 10 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 10 AND "duration_ms" <= 15 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 15 AND "duration_ms" <= 20 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 20 AND "duration_ms" <= 30 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 30 AND "duration_ms" <= 50 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 50 AND "duration_ms" <= 75 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 75 AND "duration_ms" <= 100 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 100 AND "duration_ms" <= 150 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 150 AND "duration_ms" <= 200 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 200 AND "duration_ms" <= 300 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 300 AND "duration_ms" <= 500 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 500 AND "duration_ms" <= 750 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 750 AND "duration_ms" <= 1000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 1000 AND "duration_ms" <= 2000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 2000 AND "duration_ms" <= 5000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 5000 AND "duration_ms" <= 10000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 10000 AND "duration_ms" <= 30000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 30000 AND "duration_ms" <= 60000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN "duration_ms" > 60000 THEN 1 ELSE 0 END)
FROM "request_logs" WHERE "state" IN ('succeeded', 'failed')
GROUP BY "workspace_id", "endpoint_id", "received_at" - ("received_at" % 3600000);

INSERT INTO "request_failures" ("id", "workspace_id", "endpoint_id", "received_at")
SELECT "id", "workspace_id", "endpoint_id", "received_at" FROM "request_logs"
WHERE "state" IN ('succeeded', 'failed') AND ("status" >= 400 OR "state" = 'failed');
