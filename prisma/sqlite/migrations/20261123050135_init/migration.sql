-- CreateTable
CREATE TABLE "workspaces" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "endpoints" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspace_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "draft_graph" TEXT NOT NULL,
    "published_version_id" TEXT,
    "settings" TEXT NOT NULL DEFAULT '{}',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "endpoints_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "endpoint_versions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endpoint_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "graph" TEXT NOT NULL,
    "created_by" TEXT NOT NULL DEFAULT 'you',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "endpoint_versions_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "endpoints" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "data_tables" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspace_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fields" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "data_tables_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "data_records" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "table_id" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "request_id" TEXT,
    "created_at" BIGINT NOT NULL,
    CONSTRAINT "data_records_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "data_tables" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "record_unique_values" (
    "table_id" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,

    PRIMARY KEY ("table_id", "field", "value")
);

-- CreateTable
CREATE TABLE "env_vars" (
    "workspace_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" DATETIME NOT NULL,

    PRIMARY KEY ("workspace_id", "name"),
    CONSTRAINT "env_vars_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "request_logs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endpoint_id" TEXT NOT NULL,
    "version_id" TEXT,
    "source" TEXT NOT NULL DEFAULT 'live',
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "query" TEXT NOT NULL DEFAULT '{}',
    "headers" TEXT NOT NULL DEFAULT '{}',
    "ip" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "body_size" INTEGER NOT NULL DEFAULT 0,
    "body_truncated" BOOLEAN NOT NULL DEFAULT false,
    "received_at" BIGINT NOT NULL,
    "status" INTEGER,
    "response_headers" TEXT NOT NULL DEFAULT '{}',
    "response_body" TEXT NOT NULL DEFAULT '',
    "trace" TEXT NOT NULL DEFAULT '[]',
    "duration_ms" REAL NOT NULL DEFAULT 0,
    "error" TEXT,
    "state" TEXT NOT NULL DEFAULT 'succeeded',
    "attempts" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "request_logs_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "endpoints" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "jobs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endpoint_id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 5,
    "run_at" BIGINT NOT NULL,
    "lease_until" BIGINT,
    "locked_by" TEXT,
    "last_error" TEXT
);

-- CreateTable
CREATE TABLE "dedupe_keys" (
    "endpoint_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "response" TEXT,
    "created_at" BIGINT NOT NULL,
    "expires_at" BIGINT NOT NULL,

    PRIMARY KEY ("endpoint_id", "key")
);

-- CreateIndex
CREATE INDEX "endpoints_workspace_id_idx" ON "endpoints"("workspace_id");

-- CreateIndex
CREATE UNIQUE INDEX "endpoint_versions_endpoint_id_version_key" ON "endpoint_versions"("endpoint_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "data_tables_workspace_id_name_key" ON "data_tables"("workspace_id", "name");

-- CreateIndex
CREATE INDEX "data_records_table_id_created_at_idx" ON "data_records"("table_id", "created_at");

-- CreateIndex
CREATE INDEX "request_logs_endpoint_id_received_at_idx" ON "request_logs"("endpoint_id", "received_at");

-- CreateIndex
CREATE INDEX "jobs_state_run_at_idx" ON "jobs"("state", "run_at");

-- CreateIndex
CREATE INDEX "dedupe_keys_expires_at_idx" ON "dedupe_keys"("expires_at");
