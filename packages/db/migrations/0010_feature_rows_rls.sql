-- Row-level security for the feature engine's tables (same rules as 0002_tenant_rls).
ALTER TABLE feature_rows ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feature_rows FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY feature_rows_tenant ON feature_rows FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE feature_state ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feature_state FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY feature_state_tenant ON feature_state FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
