-- DropIndex
DROP INDEX "data_records_table_id_created_at_idx";

-- AlterTable
ALTER TABLE "data_records" DROP CONSTRAINT "data_records_pkey",
ADD CONSTRAINT "data_records_pkey" PRIMARY KEY ("table_id", "id");
