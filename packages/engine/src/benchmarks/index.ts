export * from './compute-cohorts';
export * from './cuts';
export * from './disclosure';
export * from './metrics';
export * from './percentiles';
export * from './period-cohorts';
export * from './tiers';
