-- Row-level security for the files built after each upload (same rules as 0002_tenant_rls).
ALTER TABLE upload_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE upload_files FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY upload_files_tenant ON upload_files FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
