import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { METRICS_DOC_PATH, metricsDoc } from '../modules/catalog/catalog.service';

// `npm run docs:metrics`: regenerates docs/metrics.md from the engine's feature catalog.
const target = path.resolve(import.meta.dirname, '../../../..', METRICS_DOC_PATH);
writeFileSync(target, metricsDoc());
console.log(`wrote ${METRICS_DOC_PATH}`);
