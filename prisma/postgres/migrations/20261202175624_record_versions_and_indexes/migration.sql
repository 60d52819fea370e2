-- AlterTable
ALTER TABLE "data_records" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable (hand-edited: byte order for `value`, as SQLite compares, so range seeks mean the same on both)
CREATE TABLE "record_index_values" (
    "table_id" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT COLLATE "C" NOT NULL,
    "record_id" TEXT NOT NULL,

    CONSTRAINT "record_index_values_pkey" PRIMARY KEY ("table_id","field","value","record_id")
);
