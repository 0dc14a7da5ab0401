// Every table, for drizzle's typed client and for callers that need a table object.
export * from './schema';
export * from './schema-integrations';
