/** Features: pure aggregation of canonical sale lines into every level (issue 5). */
export * from './time/index';
