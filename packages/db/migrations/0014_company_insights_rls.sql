-- Row-level security for company_insights (same rules as 0002_tenant_rls). macro_observations is
-- public data shared by every company: no company_id, no policy.
ALTER TABLE company_insights ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE company_insights FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY company_insights_tenant ON company_insights FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
