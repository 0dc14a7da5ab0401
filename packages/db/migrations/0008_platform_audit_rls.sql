-- The platform audit trail: append-only for the application (like audit_log), and visible only
-- to transactions in platform scope (set by platform-admin services after checking the user).
REVOKE UPDATE, DELETE, TRUNCATE ON platform_audit FROM ayni_app;
--> statement-breakpoint
ALTER TABLE platform_audit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platform_audit FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY platform_audit_select ON platform_audit FOR SELECT USING (app_is_platform());
--> statement-breakpoint
CREATE POLICY platform_audit_insert ON platform_audit FOR INSERT WITH CHECK (app_is_platform());
