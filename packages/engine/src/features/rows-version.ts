import { FEATURE_CATALOG } from './catalog/index';

/**
 * Raise by one whenever a stored level's rows would come out different for the same lines
 * without the catalog changing (a definition, a rounding, a null reason): stored rows of an
 * older version are then rebuilt in full at the next change instead of kept.
 */
const COMPUTATION_REVISION = 2;

/** FNV-1a, 32 bits: a short fingerprint, not a security measure. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The version of the rows the engine builds: its computation revision and a fingerprint of
 * every feature's name, levels and unit. A server keeps it with stored rows and rewrites only
 * part of them (`FeatureOptions.changedSince`) only when they carry the same version.
 */
export const FEATURE_ROWS_VERSION = `${COMPUTATION_REVISION}.${fingerprint(
  FEATURE_CATALOG.map((feature) => `${feature.name}:${feature.levels.join(',')}:${feature.unit}`).join(';'),
)}`;
