-- Hand-edited: Prisma would redefine data_records (copying every row) and lose its WITHOUT ROWID; adding a column
-- with a default keeps both (see the records_keyed_by_table migration).
ALTER TABLE "data_records" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable (WITHOUT ROWID: the key is the whole row, so the table is its one B-tree)
CREATE TABLE "record_index_values" (
    "table_id" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,

    PRIMARY KEY ("table_id", "field", "value", "record_id")
) WITHOUT ROWID;
