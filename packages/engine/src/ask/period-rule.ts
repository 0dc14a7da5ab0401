import type { AskPeriod } from '@ayni/contracts';

/* The shape of a period rule: a pattern over folded text and what a match names. */

export interface PeriodMentionBody {
  period?: AskPeriod;
  relation?: 'previous' | 'last_year' | 'last_week';
  current?: AskPeriod;
}
export type PeriodRule = [RegExp, (m: RegExpExecArray, dt: string) => PeriodMentionBody];

export const bounded = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g');
