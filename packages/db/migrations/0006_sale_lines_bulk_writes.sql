ALTER TABLE "sale_lines" DROP CONSTRAINT "sale_lines_company_id_companies_id_fk";
--> statement-breakpoint
DROP INDEX "sale_lines_company_upload_idx";