CREATE TABLE "company_insights" (
	"company_id" uuid NOT NULL,
	"section" text NOT NULL,
	"payload" jsonb NOT NULL,
	"data_through" date,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_insights_company_id_section_pk" PRIMARY KEY("company_id","section")
);
--> statement-breakpoint
CREATE TABLE "macro_observations" (
	"series" text NOT NULL,
	"date" date NOT NULL,
	"value" numeric NOT NULL,
	"source" text NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "macro_observations_series_date_pk" PRIMARY KEY("series","date")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "company_insights" ADD CONSTRAINT "company_insights_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;