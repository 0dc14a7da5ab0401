-- Row-level security for ask_history (same rules as 0002_tenant_rls): a company sees only its own.
ALTER TABLE ask_history ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE ask_history FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ask_history_tenant ON ask_history FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
