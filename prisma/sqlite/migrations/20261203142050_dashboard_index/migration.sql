-- Added in place (not Prisma's RedefineTables copy): the history may hold millions of rows. Endpoints never change
-- workspace, so existing rows take their endpoint's.
ALTER TABLE "request_logs" ADD COLUMN "workspace_id" TEXT NOT NULL DEFAULT '';
UPDATE "request_logs" SET "workspace_id" = (SELECT "workspace_id" FROM "endpoints" WHERE "endpoints"."id" = "request_logs"."endpoint_id");

-- CreateIndex
CREATE INDEX "request_logs_workspace_time" ON "request_logs"("workspace_id", "received_at", "endpoint_id", "status", "duration_ms", "state");
