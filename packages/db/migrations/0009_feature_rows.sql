CREATE TABLE "feature_rows" (
	"company_id" uuid NOT NULL,
	"level" text NOT NULL,
	"entity" text DEFAULT '' NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"period_start" date,
	"period_end" date,
	"values" jsonb NOT NULL,
	CONSTRAINT "feature_rows_company_id_level_entity_period_pk" PRIMARY KEY("company_id","level","entity","period")
);
--> statement-breakpoint
CREATE TABLE "feature_state" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"data_through" date,
	"lines" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feature_state" ADD CONSTRAINT "feature_state_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feature_rows_period_idx" ON "feature_rows" USING btree ("company_id","level","period_start");