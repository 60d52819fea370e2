-- AlterTable: endpoints never change workspace, so existing rows take their endpoint's.
ALTER TABLE "request_logs" ADD COLUMN     "workspace_id" TEXT NOT NULL DEFAULT '';
UPDATE "request_logs" r SET "workspace_id" = e."workspace_id" FROM "endpoints" e WHERE e."id" = r."endpoint_id";

-- CreateIndex
CREATE INDEX "request_logs_workspace_time" ON "request_logs"("workspace_id", "received_at", "endpoint_id", "status", "duration_ms", "state");
