import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What these checks fail on. */
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/**
 * Runs axe-core (every rule but the experimental ones) on the page as it is now and returns the
 * serious and critical violations. Injected through the DevTools protocol, so no CSP is in the way.
 */
export async function blockingViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  );
  return violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
}

/** One line per violation and element: rule, impact, CSS target, what to fix. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  const lines = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `  [${violation.impact}] ${violation.id} at ${node.target.map(String).join(' > ')}: ${violation.help}` +
        (node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ').trim()})` : ''),
    ),
  );
  return `${where}: ${violations.length} serious/critical axe violation(s)\n${lines.join('\n')}`;
}

/** Collects every page's violations so one run reports them all. */
export function axeAudit() {
  const found: string[] = [];
  return {
    async check(page: Page, where: string) {
      const started = Date.now();
      const violations = await blockingViolations(page);
      console.log(`axe ${where}: ${violations.length} blocking, ${Date.now() - started} ms`);
      if (violations.length > 0) found.push(describeViolations(where, violations));
    },
    report: () => found.join('\n\n'),
  };
}
