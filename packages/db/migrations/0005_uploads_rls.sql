-- Row-level security for the ingestion tables (same rules as 0002_tenant_rls).
ALTER TABLE uploads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE uploads FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- `/uploads/{id}` routes find the upload's company first: a user sees the uploads of the
-- companies they belong to, and only reads them that way.
CREATE POLICY uploads_select ON uploads FOR SELECT USING (
  company_id = app_company_id()
  OR company_id IN (SELECT company_id FROM memberships WHERE user_id = app_user_id())
);
--> statement-breakpoint
CREATE POLICY uploads_insert ON uploads FOR INSERT WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
CREATE POLICY uploads_update ON uploads FOR UPDATE
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
CREATE POLICY uploads_delete ON uploads FOR DELETE USING (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE upload_issues ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE upload_issues FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY upload_issues_tenant ON upload_issues FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE upload_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE upload_changes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY upload_changes_tenant ON upload_changes FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE mapping_templates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE mapping_templates FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY mapping_templates_tenant ON mapping_templates FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
