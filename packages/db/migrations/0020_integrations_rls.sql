-- Row-level security for the integration tables (same rules as 0002_tenant_rls): a company sees
-- only its own rows. Two narrow exceptions, each behind a transaction-local setting:
-- * app.api_key_hash: an API key is looked up (and its last use recorded) before the company is
--   known, by the SHA-256 of the presented key; only that one key's row becomes visible.
-- * app.report_scheduler = 'on': the scheduled-reports job lists the schedules that are due,
--   across companies (read only; everything else it does runs inside the company's scope).
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY api_keys_tenant ON api_keys FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
CREATE POLICY api_keys_by_hash ON api_keys FOR SELECT
  USING (key_hash = nullif(current_setting('app.api_key_hash', true), ''));
--> statement-breakpoint
CREATE POLICY api_keys_touch_by_hash ON api_keys FOR UPDATE
  USING (key_hash = nullif(current_setting('app.api_key_hash', true), ''))
  WITH CHECK (key_hash = nullif(current_setting('app.api_key_hash', true), ''));
--> statement-breakpoint
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY idempotency_keys_tenant ON idempotency_keys FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE webhooks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE webhooks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY webhooks_tenant ON webhooks FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE webhook_deliveries FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY webhook_deliveries_tenant ON webhook_deliveries FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reports_tenant ON reports FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
ALTER TABLE report_schedules ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_schedules FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_schedules_tenant ON report_schedules FOR ALL
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
--> statement-breakpoint
CREATE POLICY report_schedules_scheduler ON report_schedules FOR SELECT
  USING (coalesce(current_setting('app.report_scheduler', true), '') = 'on');
