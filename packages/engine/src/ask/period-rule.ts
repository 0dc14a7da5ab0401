import type { AskPeriod } from '@ayni/contracts';

/* The shape of a period rule: a pattern over folded text and what a match names. */

export interface PeriodMentionBody {
  period?: AskPeriod;
  relation?: 'previous' | 'last_year' | 'last_week';
  current?: AskPeriod;
  /** "vs la semana pasada": the period the relation's words name on their own, for when another period is the main one. */
  named?: AskPeriod;
}
/** `dt`: the last day of data, "now" for relative periods; `today`: the calendar day, for hoy/ayer. */
export type PeriodRule = [RegExp, (m: RegExpExecArray, dt: string, today: string) => PeriodMentionBody];

export const bounded = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g');
