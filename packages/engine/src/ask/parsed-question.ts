import type { AskLanguage, AskQuery } from '@ayni/contracts';
import type { AskVocabulary } from './entities';
import type { NamedPair } from './entity-filters';

/* What a question parses into, and what the parser is given. */

export interface ParseContext {
  /** Last local date of the company's data: where rolling windows ("los últimos 30 días") end. */
  dataThrough: string;
  /**
   * The calendar day where the company is (America/Santiago): calendar words ("ayer", "el mes
   * pasado", "octubre") count from it, answered as "no data yet" when the data ends before
   * them. The engine has no clock: without it they count from `dataThrough`.
   */
  today?: string;
  vocabulary?: AskVocabulary;
  /** The user's language; detected from the question when absent. */
  language?: AskLanguage;
}

export type UnanswerableReason =
  | 'advice'
  | 'future'
  | 'not_in_data'
  | 'not_understood'
  | 'ambiguous'
  | 'unknown_name'
  /** A share of the sales with no product, category, branch or customer of the company named. */
  | 'share_of_what'
  /** A sale event whose days are announced each year (CyberDay): the owner names the days. */
  | 'event_dates'
  /** A season ("en verano"): the owner names the months. */
  | 'season_dates'
  /** A price with no product named: prices of different units do not average. */
  | 'price_of_what'
  /** A figure of a kind of customer ("el ticket de los clientes nuevos"): not kept per kind. */
  | 'customer_kind'
  /** With or without IVA: the amounts are the file's as exported. */
  | 'tax'
  /** In dollars or euros: Ask answers in pesos or UF. */
  | 'currency';

export type ParsedQuestion =
  | {
      kind: 'query';
      language: AskLanguage;
      query: AskQuery;
      confidence: number;
      /** A second product, category or branch asked about beside the query's ("X vs Y"). */
      versus?: NamedPair;
    }
  | { kind: 'help'; language: AskLanguage; topic: string }
  /**
   * The days the data covers: its first and last day with sales; with `customer` (a RUT), that
   * customer's first and last purchase ("¿cuándo fue la última compra del cliente …?").
   */
  | { kind: 'coverage'; language: AskLanguage; customer?: string }
  | { kind: 'unanswerable'; language: AskLanguage; reason: UnanswerableReason; options: string[] };
