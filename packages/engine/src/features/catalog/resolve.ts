import type { FeatureDefinition } from './types';

/**
 * Orders features so every feature comes after the features it depends on (Kahn's algorithm,
 * ties broken by catalog order, so the order is stable). `names` limits the result to those
 * features and everything they need. Throws on unknown names, duplicates and cycles.
 */
export function resolveFeatureOrder(
  catalog: readonly FeatureDefinition[],
  names?: readonly string[],
): FeatureDefinition[] {
  const byName = new Map<string, FeatureDefinition>();
  for (const definition of catalog) {
    if (byName.has(definition.name)) throw new Error(`Feature "${definition.name}" is declared twice`);
    byName.set(definition.name, definition);
  }
  for (const definition of catalog) {
    for (const dependency of definition.dependencies) {
      if (!byName.has(dependency)) {
        throw new Error(`Feature "${definition.name}" depends on unknown feature "${dependency}"`);
      }
    }
  }
  const wanted = new Set<string>();
  const visit = (name: string) => {
    if (wanted.has(name)) return;
    const definition = byName.get(name);
    if (definition === undefined) throw new Error(`Unknown feature "${name}"`);
    wanted.add(name);
    for (const dependency of definition.dependencies) visit(dependency);
  };
  for (const name of names ?? catalog.map((d) => d.name)) visit(name);

  const order: FeatureDefinition[] = [];
  const done = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const definition of catalog) {
      if (!wanted.has(definition.name) || done.has(definition.name)) continue;
      if (definition.dependencies.every((dependency) => done.has(dependency))) {
        order.push(definition);
        done.add(definition.name);
        progress = true;
      }
    }
  }
  if (order.length < wanted.size) {
    const stuck = [...wanted].filter((name) => !done.has(name));
    throw new Error(`Feature dependency cycle: ${describeCycle(byName, stuck)}`);
  }
  return order;
}

/** One cycle among the stuck features, as "a → b → a". */
function describeCycle(byName: Map<string, FeatureDefinition>, stuck: string[]): string {
  const stuckSet = new Set(stuck);
  const path: string[] = [];
  let current = stuck[0] as string;
  while (!path.includes(current)) {
    path.push(current);
    const next = byName.get(current)?.dependencies.find((dependency) => stuckSet.has(dependency));
    if (next === undefined) break;
    current = next;
  }
  return [...path.slice(path.indexOf(current)), current].join(' → ');
}
