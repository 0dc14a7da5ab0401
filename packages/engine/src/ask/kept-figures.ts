import {
  COST_OF_SOLD_WORDS,
  DAILY_CUSTOMERS_WORDS,
  DAILY_SALES_WORDS,
  DAILY_TICKETS_WORDS,
  MONTHLY_SALES_WORDS,
  PER_CUSTOMER_WORDS,
  SELLERS_COMMISSION_WORDS,
  SHARE_WORDS,
  UNITS_PER_TICKET_WORDS,
  WEEKLY_SALES_WORDS,
} from './lexicon';
import { LARGEST_TICKET_WORDS, UNSOLD_PRODUCT_WORDS } from './lexicon-intents';

/**
 * Figures Ask answers though words of them read as data the files do not hold: sales per day on
 * average and a slice's share of the sales are answered, other averages per day and shares are not.
 */
export const asksKeptFigure = (text: string): boolean =>
  DAILY_SALES_WORDS.test(text) ||
  MONTHLY_SALES_WORDS.test(text) ||
  WEEKLY_SALES_WORDS.test(text) ||
  DAILY_TICKETS_WORDS.test(text) ||
  DAILY_CUSTOMERS_WORDS.test(text) ||
  UNSOLD_PRODUCT_WORDS.test(text) ||
  LARGEST_TICKET_WORDS.test(text) ||
  SHARE_WORDS.test(text) ||
  UNITS_PER_TICKET_WORDS.test(text) ||
  PER_CUSTOMER_WORDS.test(text) ||
  SELLERS_COMMISSION_WORDS.test(text) ||
  COST_OF_SOLD_WORDS.test(text);
