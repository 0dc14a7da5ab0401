-- The natural key (company, document, product, occurrence) becomes the primary key and the
-- surrogate id goes: every import wrote a sequence value and a second unique index entry per
-- line for an id nothing needed. Inserting a million lines: ~1.5 s less of PostgreSQL's time.
-- The existing unique index becomes the key as it is (no rebuild).
ALTER TABLE "sale_lines" DROP CONSTRAINT "sale_lines_company_id_id_pk";--> statement-breakpoint
ALTER TABLE "sale_lines" ADD CONSTRAINT "sale_lines_company_id_document_id_sku_occurrence_pk" PRIMARY KEY USING INDEX "sale_lines_natural_key";--> statement-breakpoint
ALTER TABLE "sale_lines" DROP COLUMN "id";
