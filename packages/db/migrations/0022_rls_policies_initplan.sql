-- Row-level security, its tenant read once per statement instead of once per row.
-- A policy that calls app_company_id() (a setting read, then a text → uuid cast) is evaluated
-- for every row a statement writes (WITH CHECK) and every row a scan filters without an index
-- condition. Wrapped in a scalar subquery, the planner computes it once (an InitPlan) and
-- compares each row with a constant: the same rules and results. Measured: inserting a million
-- sale lines 0.45 s faster (of ~9 s), counting two million rows of a table without an index
-- 0.2 s instead of 0.9 s. Reads that name the company already used it once, as a one-time filter.
ALTER POLICY api_keys_by_hash ON api_keys
  USING ((key_hash = (SELECT NULLIF(current_setting('app.api_key_hash'::text, true), ''::text))));
--> statement-breakpoint
ALTER POLICY api_keys_tenant ON api_keys
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY api_keys_touch_by_hash ON api_keys
  USING ((key_hash = (SELECT NULLIF(current_setting('app.api_key_hash'::text, true), ''::text))))
  WITH CHECK ((key_hash = (SELECT NULLIF(current_setting('app.api_key_hash'::text, true), ''::text))));
--> statement-breakpoint
ALTER POLICY ask_history_tenant ON ask_history
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY audit_log_tenant ON audit_log
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY benchmark_positions_job ON benchmark_positions
  USING ((SELECT app_is_benchmark_job()))
  WITH CHECK ((SELECT app_is_benchmark_job()));
--> statement-breakpoint
ALTER POLICY benchmark_positions_tenant ON benchmark_positions
  USING ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY benchmark_results_job ON benchmark_results
  USING ((SELECT app_is_benchmark_job()))
  WITH CHECK ((SELECT app_is_benchmark_job()));
--> statement-breakpoint
ALTER POLICY companies_benchmark_job ON companies
  USING ((SELECT app_is_benchmark_job()));
--> statement-breakpoint
ALTER POLICY companies_delete ON companies
  USING ((id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY companies_select ON companies
  USING (((id = (SELECT app_company_id())) OR (SELECT app_is_platform()) OR (id IN ( SELECT memberships.company_id FROM memberships WHERE (memberships.user_id = (SELECT app_user_id()))))));
--> statement-breakpoint
ALTER POLICY companies_update ON companies
  USING ((id = (SELECT app_company_id())))
  WITH CHECK ((id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY companies_write ON companies
  WITH CHECK ((id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY company_insights_tenant ON company_insights
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY daily_sales_tenant ON daily_sales
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY feature_rows_benchmark_job ON feature_rows
  USING (((SELECT app_is_benchmark_job()) AND (level = ANY (ARRAY['month'::text, 'quarter'::text, 'year'::text, 'location_month'::text, 'location_quarter'::text, 'location_year'::text]))));
--> statement-breakpoint
ALTER POLICY feature_rows_tenant ON feature_rows
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY feature_state_tenant ON feature_state
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY idempotency_keys_tenant ON idempotency_keys
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY invitations_by_token ON invitations
  USING ((token_hash = (SELECT NULLIF(current_setting('app.invitation_token_hash'::text, true), ''::text))));
--> statement-breakpoint
ALTER POLICY invitations_tenant ON invitations
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY locations_tenant ON locations
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY mapping_templates_tenant ON mapping_templates
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY memberships_delete ON memberships
  USING ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY memberships_insert ON memberships
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY memberships_select ON memberships
  USING (((company_id = (SELECT app_company_id())) OR (user_id = (SELECT app_user_id())) OR (SELECT app_is_platform())));
--> statement-breakpoint
ALTER POLICY memberships_update ON memberships
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY platform_audit_insert ON platform_audit
  WITH CHECK ((SELECT app_is_platform()));
--> statement-breakpoint
ALTER POLICY platform_audit_select ON platform_audit
  USING ((SELECT app_is_platform()));
--> statement-breakpoint
ALTER POLICY report_schedules_scheduler ON report_schedules
  USING (((SELECT COALESCE(current_setting('app.report_scheduler'::text, true), ''::text) = 'on'::text)));
--> statement-breakpoint
ALTER POLICY report_schedules_tenant ON report_schedules
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY reports_tenant ON reports
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY sale_lines_tenant ON sale_lines
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY upload_changes_tenant ON upload_changes
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY upload_files_tenant ON upload_files
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY upload_issues_tenant ON upload_issues
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY uploads_delete ON uploads
  USING ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY uploads_insert ON uploads
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY uploads_select ON uploads
  USING (((company_id = (SELECT app_company_id())) OR (company_id IN ( SELECT memberships.company_id FROM memberships WHERE (memberships.user_id = (SELECT app_user_id()))))));
--> statement-breakpoint
ALTER POLICY uploads_update ON uploads
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY webhook_deliveries_tenant ON webhook_deliveries
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
--> statement-breakpoint
ALTER POLICY webhooks_tenant ON webhooks
  USING ((company_id = (SELECT app_company_id())))
  WITH CHECK ((company_id = (SELECT app_company_id())));
