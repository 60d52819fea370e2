-- AlterTable
ALTER TABLE "endpoint_versions" ADD COLUMN     "note" TEXT,
ADD COLUMN     "settings" TEXT;

-- AlterTable
ALTER TABLE "request_logs" ADD COLUMN     "accepted_status" INTEGER,
ADD COLUMN     "replay" TEXT;
