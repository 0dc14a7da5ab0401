import type { DateFormat, DateOrder } from '../types';
import { lexDateText } from './date-lexer';
import { resolveDateTokens } from './date-parse';
import { DateShapeCounts, describeDatePattern } from './date-pattern-label';
import { emptyDateTokens } from './date-tokens';
import { parseExcelSerial } from './excel-serial';
import { isBlank } from './spaces';

export interface DateProfile {
  format: DateFormat | null;
  /** Share of non-empty values that parse under `format`. */
  dateShare: number;
  /** Non-empty values seen. */
  values: number;
  /** Values only one order can read: day > 12 first (dmy), second (mdy), or a year first (ymd). */
  evidence: { dmy: number; mdy: number; ymd: number };
}

export interface DateProfilerOptions {
  /**
   * Count bare numbers such as '45938.7875' as Excel serial days. Off by default: in a CSV an
   * amount column (25.000-60.000 CLP) looks exactly like a column of 2000s serials, so only
   * sources known to hold spreadsheet cells (XLSX) should turn it on.
   */
  excelSerials?: boolean;
}

const ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/**
 * Decides a date column's field order from ALL its values in O(1) memory. Each value is lexed
 * once and checked under the three orders; the order that reads the most values wins (so with
 * conflicting evidence the majority wins and the rest become rejections), then the one with
 * more evidence, then dmy, the Chilean default.
 */
export class DateProfiler {
  private values = 0;
  private readonly valid = { dmy: 0, mdy: 0, ymd: 0 };
  private readonly evidence = { dmy: 0, mdy: 0, ymd: 0 };
  private serials = 0;
  private readonly shapes = new DateShapeCounts();
  private readonly tokens = emptyDateTokens();
  private readonly excelSerials: boolean;

  constructor(options: DateProfilerOptions = {}) {
    this.excelSerials = options.excelSerials ?? false;
  }

  add(text: string): void {
    if (isBlank(text)) return;
    this.values++;
    const t = this.tokens;
    if (!lexDateText(text, t)) {
      if (this.excelSerials && parseExcelSerial(text) !== null) this.serials++;
      return;
    }
    const dmy = resolveDateTokens(t, 'dmy') !== null;
    const mdy = resolveDateTokens(t, 'mdy') !== null;
    const ymd = resolveDateTokens(t, 'ymd') !== null;
    if (dmy) this.valid.dmy++;
    if (mdy) this.valid.mdy++;
    if (ymd) this.valid.ymd++;
    if (!(dmy || mdy || ymd)) return;
    if (t.firstDigits === 4) this.evidence.ymd++;
    else if (dmy && !mdy) this.evidence.dmy++;
    else if (mdy && !dmy) this.evidence.mdy++;
    else if (ymd && !dmy && !mdy) this.evidence.ymd++;
    this.shapes.record(t);
  }

  result(): DateProfile {
    const values = this.values;
    const evidence = { ...this.evidence };
    const order = this.bestOrder();
    const readable = this.valid[order];
    if (values === 0 || (readable === 0 && this.serials === 0)) {
      return { format: null, dateShare: 0, values, evidence };
    }
    if (this.serials > readable) {
      const format: DateFormat = { kind: 'excel', order, pattern: 'serial de Excel' };
      return { format, dateShare: (this.serials + readable) / values, values, evidence };
    }
    const label = describeDatePattern(this.shapes, order);
    const format: DateFormat = { kind: label.iso ? 'iso' : 'pattern', order, pattern: label.pattern };
    return { format, dateShare: readable / values, values, evidence };
  }

  private bestOrder(): DateOrder {
    let best: DateOrder = 'dmy';
    for (const order of ORDERS) {
      const byValid = this.valid[order] - this.valid[best];
      if (byValid > 0 || (byValid === 0 && this.evidence[order] > this.evidence[best])) best = order;
    }
    return best;
  }
}
