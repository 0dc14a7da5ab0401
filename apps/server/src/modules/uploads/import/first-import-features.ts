import { blankFeatureLine, type CanonicalLine, type FeatureLine, InsightAccumulator } from '@ayni/engine';
import type pg from 'pg';
import {
  createStoredFeatureAccumulator,
  type FeatureRecompute,
  type PreparedFeatures,
  prepareFeatures,
  writePreparedFeatures,
} from '../../analytics/recompute-features';
import { type InsightSettings, readInsightSettings } from '../../insights/insights-writer';
import { FirstImportDays } from './first-import-days';
import type { StagedInserts } from './staged-inserts';
import { StageWriter } from './staging';
import { storedNumeric, storedText } from './stored-values';

/**
 * A company's first import stores exactly the file's accepted lines (no stored line to update
 * or keep), so its features can be accumulated while the lines are staged, from the values as
 * PostgreSQL stores them, instead of reading a million lines back after the merge. The result
 * is the one `recomputeFeatures` would give (tested against it).
 *
 * The lines come in file order, each ticket's lines one after another in every POS export we
 * know: the accumulator is told so and keeps no book of every ticket. The stage's document
 * keys check that order; when a document comes back after another one, accumulating stops and
 * the import recomputes the features from the stored lines instead (`prepare` and `write` are
 * then never called).
 */
export class FirstImportFeatures {
  private readonly accumulator = createStoredFeatureAccumulator(true, 'checked-by-caller');
  // Baskets are summed as they go: the ticket numbers only grow while documents come in order.
  private readonly insights = new InsightAccumulator(true);
  private readonly started = performance.now();
  /** The lines and rollup sums per local day, for the merge. */
  readonly days = new FirstImportDays();
  // One object, overwritten per line: the accumulators keep only its numbers and strings.
  private readonly line: FeatureLine = blankFeatureLine();

  constructor(private readonly defaultLocation: string | null) {}

  /** `documentsInOrder`: every document so far had its lines together (`DocumentKeys.trusted`). */
  add(staged: CanonicalLine, documentsInOrder: boolean): void {
    const line = this.line;
    line.soldAt = staged.soldAt;
    line.transId = storedText(staged.transId) as string;
    line.productId = storedText(staged.productId) as string;
    line.quantity = storedNumeric(staged.quantity, 3) as number;
    line.priceTotal = storedNumeric(staged.priceTotal, 2) as number;
    line.costTotal = staged.costTotal === null ? null : storedNumeric(staged.costTotal, 2);
    line.discountTotal = staged.discountTotal === null ? null : storedNumeric(staged.discountTotal, 2);
    line.commission = staged.commission === null ? null : storedNumeric(staged.commission, 2);
    line.customerId = storedText(staged.customerId);
    line.category = storedText(staged.category);
    line.location = storedText(staged.location ?? this.defaultLocation);
    line.description = storedText(staged.description);
    line.unitType = storedText(staged.unitType);
    // The baskets take the ticket numbers the feature accumulator gave (one transId table).
    if (documentsInOrder) this.insights.add(line, this.accumulator.add(line));
    this.days.add(line.soldAt, line.transId, line.priceTotal, line.quantity, staged.isReturn, line.unitType);
  }

  /** False when the insights lost track of a ticket: recompute from the stored lines instead. */
  get exact(): boolean {
    return this.insights.exact;
  }

  private settings: InsightSettings | null = null;
  private prepared: PreparedFeatures | null = null;

  /** Reads what the insights need from the database; call before `prepare`. */
  async readSettings(client: pg.PoolClient, companyId: string): Promise<void> {
    this.settings = await readInsightSettings(client, companyId);
  }

  /**
   * Builds the feature rows and insights (seconds of CPU for a big file, no database): the
   * import runs it while PostgreSQL writes the lines.
   */
  prepare(): void {
    if (this.settings === null) throw new Error('readSettings first');
    const startedAt = performance.now();
    this.prepared = prepareFeatures(this.accumulator, this.insights, this.settings);
    this.prepareMs = Math.round(performance.now() - startedAt);
  }

  /** How long `prepare` took (for the import's timings), null before it ran. */
  prepareMs: number | null = null;

  /** Writes the features and insights, in the import's transaction, after the lines. */
  async write(client: pg.PoolClient, companyId: string): Promise<FeatureRecompute> {
    if (this.prepared === null) this.prepare();
    return writePreparedFeatures(client, companyId, this.prepared as PreparedFeatures, this.started);
  }
}

/** The stage writer that also hands every staged line to the first import's features. */
export class FeatureFeedingStageWriter extends StageWriter {
  constructor(
    client: pg.PoolClient,
    defaultLocation: string | null,
    private readonly features: FirstImportFeatures,
    inserts: StagedInserts | null = null,
  ) {
    super(client, defaultLocation, inserts);
  }

  override write(line: CanonicalLine, warned: boolean): boolean {
    this.features.add(line, this.keys.trusted);
    return super.write(line, warned);
  }
}
