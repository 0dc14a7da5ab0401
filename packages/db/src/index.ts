export { APP_ROLE, assertAppRole, connect, type Database, type DbHandle } from './client';
export { MIGRATIONS_FOLDER, runMigrations } from './migrate';
export * from './repositories/companies';
export * from './repositories/dashboard';
export * from './repositories/jobs';
export * from './repositories/sales';
export * from './repositories/users';
export * as schema from './schema';
export { inCompany, type TenantScope, withTenant } from './tenant';
