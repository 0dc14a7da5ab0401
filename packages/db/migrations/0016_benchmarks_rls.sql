-- Benchmarks read across companies on purpose, in exactly one place: transactions of the
-- `benchmarks.compute` job set app.benchmark_job = 'on' (withTenant scope `benchmarkJob`), and
-- only they see every company's profile and company-wide period features. Requests never set it.
CREATE OR REPLACE FUNCTION app_is_benchmark_job() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.benchmark_job', true), '') = 'on' $$;
--> statement-breakpoint
CREATE POLICY companies_benchmark_job ON companies FOR SELECT USING (app_is_benchmark_job());
--> statement-breakpoint
CREATE POLICY feature_rows_benchmark_job ON feature_rows FOR SELECT USING (
  app_is_benchmark_job() AND level IN ('month', 'quarter', 'year', 'location_month', 'location_quarter', 'location_year')
);
--> statement-breakpoint
ALTER TABLE benchmark_positions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE benchmark_positions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY benchmark_positions_tenant ON benchmark_positions FOR SELECT USING (company_id = app_company_id());
--> statement-breakpoint
CREATE POLICY benchmark_positions_job ON benchmark_positions FOR ALL
  USING (app_is_benchmark_job()) WITH CHECK (app_is_benchmark_job());
--> statement-breakpoint
-- Aggregates only: anyone may read them, only the job writes them.
ALTER TABLE benchmark_results ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE benchmark_results FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY benchmark_results_read ON benchmark_results FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY benchmark_results_job ON benchmark_results FOR ALL
  USING (app_is_benchmark_job()) WITH CHECK (app_is_benchmark_job());
--> statement-breakpoint
-- The demo company seeded before this migration is demo data.
UPDATE companies SET is_demo = true WHERE rut = '76543210-3';
