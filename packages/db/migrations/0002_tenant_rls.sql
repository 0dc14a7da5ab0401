-- Tenant isolation, second wall: PostgreSQL row-level security.
-- The application runs as `ayni_app` (not the tables' owner, no BYPASSRLS); each transaction
-- says which company (and user) it acts for with set_config(..., true), and the policies
-- below show it nothing else. A forgotten WHERE returns nothing.
DO $$
BEGIN
  CREATE ROLE ayni_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- roles are cluster-wide: another database of this cluster created it
END
$$;
--> statement-breakpoint
GRANT ayni_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO ayni_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ayni_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ayni_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ayni_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ayni_app;
--> statement-breakpoint
-- The audit log is append-only for the application.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ayni_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_company_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.company_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
-- Set only by platform-admin services, after checking the user is one: lists companies, never their data.
CREATE OR REPLACE FUNCTION app_is_platform() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $$;
--> statement-breakpoint
ALTER TABLE companies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE companies FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY companies_select ON companies FOR SELECT USING (
  id = app_company_id() OR app_is_platform()
  OR id IN (SELECT company_id FROM memberships WHERE user_id = app_user_id())
);
--> statement-breakpoint
CREATE POLICY companies_write ON companies FOR INSERT WITH CHECK (id = app_company_id());
--> statement-breakpoint
CREATE POLICY companies_update ON companies FOR UPDATE USING (id = app_company_id()) WITH CHECK (id = app_company_id());
--> statement-breakpoint
CREATE POLICY companies_delete ON companies FOR DELETE USING (id = app_company_id());
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY memberships_select ON memberships FOR SELECT USING (
  company_id = app_company_id() OR user_id = app_user_id() OR app_is_platform()
);
--> statement-breakpoint
CREATE POLICY memberships_insert ON memberships FOR INSERT WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
CREATE POLICY memberships_update ON memberships FOR UPDATE
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
CREATE POLICY memberships_delete ON memberships FOR DELETE USING (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY invitations_tenant ON invitations FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
-- An invitee has no company yet: the hash of the token they hold shows them that one invitation.
CREATE POLICY invitations_by_token ON invitations FOR SELECT
  USING (token_hash = nullif(current_setting('app.invitation_token_hash', true), ''));
--> statement-breakpoint
ALTER TABLE locations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE locations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY locations_tenant ON locations FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE sale_lines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sale_lines FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sale_lines_tenant ON sale_lines FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE daily_sales ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE daily_sales FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY daily_sales_tenant ON daily_sales FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_log_tenant ON audit_log FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
