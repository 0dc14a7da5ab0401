/** Ingestion of sales exports: parse → schema detection → normalization (all pure). */
export * from './normalize';
export * from './parse';
export * from './pipeline';
export * from './schema';
export * from './types';
export * from './values';
