-- AlterTable
ALTER TABLE "endpoint_versions" ADD COLUMN "note" TEXT;
ALTER TABLE "endpoint_versions" ADD COLUMN "settings" TEXT;

-- AlterTable
ALTER TABLE "request_logs" ADD COLUMN "accepted_status" INTEGER;
ALTER TABLE "request_logs" ADD COLUMN "replay" TEXT;
