CREATE TABLE "upload_files" (
	"company_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"name" text NOT NULL,
	"level" text,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"rows" integer NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "upload_files_company_id_upload_id_name_pk" PRIMARY KEY("company_id","upload_id","name")
);
--> statement-breakpoint
ALTER TABLE "uploads" ADD COLUMN "files_status" text;--> statement-breakpoint
ALTER TABLE "upload_files" ADD CONSTRAINT "upload_files_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;