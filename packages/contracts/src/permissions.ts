import { z } from 'zod';

/** What a role may do in a company; the grants per role live in the server's permission table. */
export const PERMISSIONS = [
  'view_dashboards',
  'upload_data',
  'export',
  'manage_members',
  'manage_company',
  'delete_data',
  'manage_billing',
  'view_audit',
] as const;
export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

/** The dashboards a role can land on. */
export const DASHBOARDS = ['owner', 'finance', 'marketing', 'operations'] as const;
export const dashboardKindSchema = z.enum(DASHBOARDS);
export type DashboardKind = z.infer<typeof dashboardKindSchema>;
