import type { AskPeriod, AskQuery } from '@ayni/contracts';
import { type SliceName, sliceParams } from './slice-params';

/**
 * The analytics endpoint (with its query string) that gives the same figures as the answer: the
 * source an answer cites, and what a user or a test can call to check it.
 */
export function sourceOf(companyId: string, query: AskQuery): { title: string; ref: string } {
  const base = `/api/v1/companies/${companyId}`;
  const f = query.filters;
  const range = (period: AskPeriod | null, extra: Record<string, string> = {}) => {
    const params = new URLSearchParams(extra);
    if (period) {
      params.set('from', period.from);
      params.set('to', period.to);
    }
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  const grainOf = (period: AskPeriod | null) =>
    period === null ? 'month' : period.grain === 'range' ? 'day' : period.grain;
  // The slice filters each endpoint takes (only the names the question gave).
  const slice = (names: SliceName[]) => sliceParams(f, names);
  const calendar = ['day', 'week', 'month', 'quarter', 'year'].includes(query.by);
  const productMonths = query.by === 'month' && !f.location && !f.weekdays && !f.hours;
  let ref: string;
  // Figures of one unit's products (kilos by category or branch): the product list of that unit.
  if (f.unit && !f.product && ['total', 'category', 'location'].includes(query.by))
    ref = `${base}/products${range(query.period, { ...slice(['location', 'category', 'clock']), unit: f.unit })}`;
  else if (query.segment === 'baskets') ref = `${base}/insights/baskets`;
  else if (query.segment === 'largest_tickets')
    ref = `${base}/tickets/largest${range(query.period, { ...slice(['location', 'clock']), limit: String(query.ranking?.limit ?? 5) })}`;
  else if (query.segment === 'unsold')
    ref = `${base}/products${range(query.period, slice(['location', 'category', 'clock']))}`;
  else if (query.intent === 'segment') ref = `${base}/customers`;
  else if (query.by === 'customer') ref = `${base}/customers${range(query.period, slice(['location']))}`;
  else if (query.by === 'product')
    ref = `${base}/products${range(query.period, slice(['location', 'clock']))}`;
  else if (query.by === 'category')
    ref = `${base}/categories${range(query.period, slice(['location', 'clock']))}`;
  else if (query.by === 'seller' || query.by === 'payment_method')
    ref = `${base}/${query.by === 'seller' ? 'sellers' : 'payment-methods'}${range(query.period, slice(['location', 'product', 'category', 'clock']))}`;
  else if (query.by === 'location')
    ref = `${base}/locations/sales${range(query.period, slice(['product', 'category', 'clock']))}`;
  else if (query.by === 'weekday' || query.by === 'hour' || ((f.weekdays || f.hours) && !calendar))
    ref = `${base}/hours${range(query.period, slice(['location', 'product', 'category']))}`;
  // One customer over days is their row in the list of those days; without days, their profile.
  else if (f.customer)
    ref = query.period
      ? `${base}/customers${range(query.period)}`
      : `${base}/customers/${encodeURIComponent(f.customer)}`;
  else if ((f.product || f.category) && calendar && !(f.product && productMonths))
    ref = `${base}/metrics/slice${range(query.period, { grain: query.by, ...slice(['location', 'product', 'category']) })}`;
  else if ((f.product || f.category) && f.location)
    ref = `${base}/locations/sales${range(query.period, slice(['product', 'category']))}`;
  else if (f.product) ref = `${base}/products/${encodeURIComponent(f.product)}${range(query.period)}`;
  else if (f.category) ref = `${base}/categories${range(query.period)}`;
  else {
    const grain = query.by === 'total' ? grainOf(query.period) : query.by;
    ref = `${base}/metrics${range(query.period, { grain, ...(f.location ? { location: f.location } : {}) })}`;
  }
  return { title: `GET ${ref.split('?')[0]?.replace(base, '/companies/{id}')}`, ref };
}
