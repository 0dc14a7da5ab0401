// The drizzle schema, one file per domain (drizzle-kit reads every table exported here).
export * from './schema/accounts';
export * from './schema/analytics';
export * from './schema/ask';
export * from './schema/platform';
export * from './schema/sales';
export * from './schema/uploads';
