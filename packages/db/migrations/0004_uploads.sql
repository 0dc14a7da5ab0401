CREATE TABLE "mapping_templates" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"header_key" text NOT NULL,
	"headers" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mapping_templates_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "upload_changes" (
	"company_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"action" text DEFAULT 'upload' NOT NULL,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"lines_before" integer NOT NULL,
	"lines_after" integer NOT NULL,
	"inserted" integer NOT NULL,
	"updated" integer NOT NULL,
	"deleted" integer NOT NULL,
	CONSTRAINT "upload_changes_company_id_upload_id_action_period_type_period_start_pk" PRIMARY KEY("company_id","upload_id","action","period_type","period_start")
);
--> statement-breakpoint
CREATE TABLE "upload_issues" (
	"company_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"line" integer NOT NULL,
	"severity" text NOT NULL,
	"code" text NOT NULL,
	"column_name" text,
	"message_es" text NOT NULL,
	"message_en" text NOT NULL,
	"raw" text,
	CONSTRAINT "upload_issues_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"user_id" uuid,
	"filename" text NOT NULL,
	"size_bytes" bigint DEFAULT 0 NOT NULL,
	"storage_key" text,
	"raw_deleted_at" timestamp with time zone,
	"mode" text DEFAULT 'append' NOT NULL,
	"location_name" text,
	"sheet" text,
	"mapping" jsonb,
	"template_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"lines_processed" integer DEFAULT 0 NOT NULL,
	"lines_total" integer,
	"rows" jsonb,
	"detected" jsonb,
	"error_code" text,
	"error_message" text,
	"error_message_es" text,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "uploads_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
DROP INDEX "sale_lines_document_line_key";--> statement-breakpoint
ALTER TABLE "sale_lines" ALTER COLUMN "product_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sale_lines" ALTER COLUMN "category" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sale_lines" ALTER COLUMN "unit" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "sale_lines" ALTER COLUMN "unit" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sale_lines" ALTER COLUMN "unit_price" SET DATA TYPE numeric(16, 2);--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "occurrence" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "trans_type" text;--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "document_type" text;--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "stock" numeric(16, 3);--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "cost_unit" numeric(16, 2);--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "cost_total" numeric(16, 2);--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "discount_total" numeric(16, 2);--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "margin" numeric(16, 2);--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "extra" jsonb;--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "upload_id" uuid;--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "source_line" integer;--> statement-breakpoint
ALTER TABLE "mapping_templates" ADD CONSTRAINT "mapping_templates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mapping_templates" ADD CONSTRAINT "mapping_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upload_changes" ADD CONSTRAINT "upload_changes_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upload_issues" ADD CONSTRAINT "upload_issues_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mapping_templates_name_key" ON "mapping_templates" USING btree ("company_id","name");--> statement-breakpoint
CREATE INDEX "mapping_templates_header_idx" ON "mapping_templates" USING btree ("company_id","header_key");--> statement-breakpoint
CREATE INDEX "upload_issues_upload_idx" ON "upload_issues" USING btree ("company_id","upload_id","severity","line");--> statement-breakpoint
CREATE UNIQUE INDEX "uploads_id_key" ON "uploads" USING btree ("id");--> statement-breakpoint
CREATE INDEX "uploads_company_seq_idx" ON "uploads" USING btree ("company_id","seq");--> statement-breakpoint
-- Lines seeded before the natural key existed: number repeated products within a document.
UPDATE "sale_lines" s SET "occurrence" = r.occ FROM (
  SELECT company_id, id, row_number() OVER (PARTITION BY company_id, document_id, sku ORDER BY line_no, id) AS occ
  FROM "sale_lines"
) r WHERE s.company_id = r.company_id AND s.id = r.id AND r.occ > 1;--> statement-breakpoint
CREATE UNIQUE INDEX "sale_lines_natural_key" ON "sale_lines" USING btree ("company_id","document_id","sku","occurrence");--> statement-breakpoint
CREATE INDEX "sale_lines_company_upload_idx" ON "sale_lines" USING btree ("company_id","upload_id");