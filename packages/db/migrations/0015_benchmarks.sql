CREATE TABLE "benchmark_positions" (
	"company_id" uuid NOT NULL,
	"grain" text NOT NULL,
	"period" text NOT NULL,
	"population" text NOT NULL,
	"values" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "benchmark_positions_company_id_grain_period_pk" PRIMARY KEY("company_id","grain","period")
);
--> statement-breakpoint
CREATE TABLE "benchmark_results" (
	"population" text NOT NULL,
	"grain" text NOT NULL,
	"period" text NOT NULL,
	"metric" text NOT NULL,
	"cut" text NOT NULL,
	"n" integer NOT NULL,
	"visible" boolean NOT NULL,
	"reason" jsonb,
	"p10" double precision,
	"p25" double precision,
	"p50" double precision,
	"p75" double precision,
	"p90" double precision,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "benchmark_results_population_grain_period_metric_cut_pk" PRIMARY KEY("population","grain","period","metric","cut")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "benchmark_opt_in" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "benchmark_positions" ADD CONSTRAINT "benchmark_positions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;