/**
 * The feature engine: pure functions from raw sales rows to features and insights.
 * No database, no HTTP, no clock, no environment. Its stages, in order:
 */
export const ENGINE_STAGES = ['parse', 'normalize', 'validate', 'enrich', 'aggregate', 'insights'] as const;

export type EngineStage = (typeof ENGINE_STAGES)[number];

export * from './ask/index';
export * from './benchmarks/index';
export * from './features/index';
export * from './ingest/index';
export * from './insights/index';
export * from './insights/time/index';
export * from './macro/index';
