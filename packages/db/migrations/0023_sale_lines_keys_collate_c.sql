-- The natural key's text columns compare bytewise (COLLATE "C"): a ticket number or a product
-- code has no language, and the natural key index's comparisons then cost a memcmp instead of a
-- locale's strcoll (PostgreSQL 15 treats only "C"/"POSIX" that way, not "C.UTF-8" nor any
-- language's locale). Inserting a million lines: ~0.6 s less on this machine's C.UTF-8
-- database. Equality is the same under any deterministic collation, so the keys mean what
-- they meant; only orderings by these columns become byte order. Rebuilds the natural key index.
ALTER TABLE "sale_lines" ALTER COLUMN "document_id" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "sale_lines" ALTER COLUMN "sku" TYPE text COLLATE "C";
