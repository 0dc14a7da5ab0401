import { type AnalyticsCache, SharedComputations } from './analytics-cache';

interface CompanyEntries {
  generation: number;
  answers: Map<string, string>;
}

/**
 * The embedded app's cache: one process, so a Map. Answers are kept as JSON, as in Redis, so
 * every caller gets its own copy and both caches behave alike. At most `maxEntries` answers;
 * the least recently stored go first.
 */
export class MemoryAnalyticsCache implements AnalyticsCache {
  private readonly companies = new Map<string, CompanyEntries>();
  private readonly order = new Map<string, string>(); // companyId + key → companyId, oldest first
  private globalGeneration = 0;
  private readonly changing = new Set<string>();
  private readonly shared = new SharedComputations();

  constructor(private readonly maxEntries = 2000) {}

  async read<T>(companyId: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.changing.has(companyId)) return compute();
    const company = this.company(companyId);
    const stored = company.answers.get(key);
    if (stored !== undefined) return JSON.parse(stored) as T;
    const generation = company.generation;
    const globalGeneration = this.globalGeneration;
    const flight = `${companyId}\n${generation}\n${globalGeneration}\n${key}`;
    const json = await this.shared.run(flight, async () => {
      const text = JSON.stringify(await compute());
      const now = this.companies.get(companyId);
      const current =
        now === company && now.generation === generation && this.globalGeneration === globalGeneration;
      if (current && !this.changing.has(companyId)) {
        this.store(companyId, company, key, text);
      }
      return text;
    });
    return JSON.parse(json) as T;
  }

  async beginChange(companyId: string) {
    this.changing.add(companyId);
  }

  async invalidate(companyId: string) {
    this.changing.delete(companyId);
    const company = this.company(companyId);
    company.generation += 1;
    company.answers.clear();
  }

  async invalidateAll() {
    this.globalGeneration += 1;
    for (const company of this.companies.values()) {
      company.generation += 1;
      company.answers.clear();
    }
    this.order.clear();
  }

  async close() {
    this.companies.clear();
    this.order.clear();
  }

  private company(companyId: string): CompanyEntries {
    let company = this.companies.get(companyId);
    if (!company) {
      company = { generation: 0, answers: new Map() };
      this.companies.set(companyId, company);
    }
    return company;
  }

  private store(companyId: string, company: CompanyEntries, key: string, json: string) {
    const orderKey = `${companyId}\n${key}`;
    company.answers.set(key, json);
    this.order.delete(orderKey);
    this.order.set(orderKey, companyId);
    while (this.order.size > this.maxEntries) {
      const [oldest, owner] = this.order.entries().next().value as [string, string];
      this.order.delete(oldest);
      this.companies.get(owner)?.answers.delete(oldest.slice(owner.length + 1));
    }
  }
}
