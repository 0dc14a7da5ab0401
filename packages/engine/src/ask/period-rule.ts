import type { AskPeriod } from '@ayni/contracts';

/* The shape of a period rule: a pattern over folded text and what a match names. */

export interface PeriodMentionBody {
  period?: AskPeriod;
  relation?: 'previous' | 'last_year' | 'last_week';
  current?: AskPeriod;
  /** "vs la semana pasada": the period the relation's words name on their own, for when another period is the main one. */
  named?: AskPeriod;
}
export type PeriodRule = [RegExp, (m: RegExpExecArray, dt: string) => PeriodMentionBody];

export const bounded = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g');
