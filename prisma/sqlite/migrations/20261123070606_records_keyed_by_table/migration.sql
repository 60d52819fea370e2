-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
-- Hand-edited: WITHOUT ROWID (Prisma's schema cannot express it) makes the (table_id, id) key the table itself, one B-tree per record on the hot path instead of three.
CREATE TABLE "new_data_records" (
    "id" TEXT NOT NULL,
    "table_id" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "request_id" TEXT,
    "created_at" BIGINT NOT NULL,

    PRIMARY KEY ("table_id", "id"),
    CONSTRAINT "data_records_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "data_tables" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_data_records" ("created_at", "data", "id", "request_id", "table_id") SELECT "created_at", "data", "id", "request_id", "table_id" FROM "data_records";
DROP TABLE "data_records";
ALTER TABLE "new_data_records" RENAME TO "data_records";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
