import type { AskPeriod } from '@ayni/contracts';
import { range } from './calendar';

/* The shape of a period rule: a pattern over folded text and what a match names. */

export interface PeriodMentionBody {
  period?: AskPeriod;
  relation?: 'previous' | 'last_year' | 'last_week';
  /** With a relation and no period named: the period it relates ("vs last week": this week). */
  current?: AskPeriod;
  /** "vs la semana pasada": the period the relation's words name on their own, for when another period is the main one. */
  named?: AskPeriod;
  /**
   * A day that moves every year (Black Friday, Holy Week, Mother's Day): the same one a year
   * before, what "vs el del año pasado" compares it with (not the same dates).
   */
  lastYear?: AskPeriod;
}
/**
 * `now`: Chile's calendar day, what calendar words count from ("ayer", "la semana pasada", "el
 * mes pasado", "octubre": the latest one begun by today). `through`: the last day of data, where
 * rolling windows ("los últimos 30 días") and open ranges ("desde octubre") end, so that they
 * hold whole days of data.
 */
export type PeriodRule = [RegExp, (m: RegExpExecArray, now: string, through: string) => PeriodMentionBody];

/** From `from` to the last day of data; to today when the data ends before `from`. */
export const untilData = (from: string, now: string, through: string): AskPeriod =>
  range(from, through >= from ? through : now);

export const bounded = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g');
