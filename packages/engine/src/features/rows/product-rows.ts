import { PeriodTotals } from '../accumulate/period-totals';
import type { ProductBucket } from '../accumulate/product-bucket';
import { formatDate, localDay } from '../time/local-day';
import { PERIOD_CALENDARS } from '../time/periods';
import type { Nulls } from '../types';
import { sortedByNumber, sortedEntries } from './compare';
import { moneyPer, percent, roundTo } from './numbers';
import { periodHead } from './period-core';
import { type SumMetrics, sumMetrics } from './sum-metrics';

/**
 * Product rows count lines, not distinct tickets: (product, ticket) pairs grow like lines do,
 * and the engine's memory must not. A product sold twice in one ticket is two sale lines.
 */
export function productRows(products: Map<string, ProductBucket>, want: { day: boolean; month: boolean }) {
  const day: ProductPeriodRow[] = [];
  const month: (ProductPeriodRow & { days_sold: number })[] = [];
  const profiles: ReturnType<typeof profileRow>[] = [];
  const all = sortedEntries(products);
  let totalRevenue = 0;
  for (const [, product] of all) for (const totals of product.days.values()) totalRevenue += totals.revenue;
  for (const [productId, product] of all) {
    const life = new PeriodTotals();
    let monthIndex = Number.NaN;
    let monthTotals = new PeriodTotals();
    let monthDays = 0;
    const flushMonth = () => {
      if (Number.isNaN(monthIndex) || !want.month) return;
      const nulls: Nulls = {};
      month.push({
        product_id: productId,
        ...periodHead(PERIOD_CALENDARS.month, monthIndex),
        days_sold: monthDays,
        ...sumMetrics(monthTotals, nulls),
        avg_unit_price: avgUnitPrice(monthTotals, nulls),
        nulls,
      });
    };
    let firstSale: number | null = null;
    let lastSale: number | null = null;
    let daysSold = 0;
    for (const [dayIndex, totals] of sortedByNumber(product.days)) {
      life.merge(totals);
      const thisMonth = localDay(dayIndex).monthIndex;
      if (thisMonth !== monthIndex) {
        flushMonth();
        monthIndex = thisMonth;
        monthTotals = new PeriodTotals();
        monthDays = 0;
      }
      monthTotals.merge(totals);
      if (totals.saleLines > 0) {
        monthDays++;
        daysSold++;
        firstSale ??= dayIndex;
        lastSale = dayIndex;
      }
      if (want.day) {
        const nulls: Nulls = {};
        day.push({
          product_id: productId,
          ...periodHead(PERIOD_CALENDARS.day, dayIndex),
          ...sumMetrics(totals, nulls),
          avg_unit_price: avgUnitPrice(totals, nulls),
          nulls,
        });
      }
    }
    flushMonth();
    profiles.push(profileRow(product, life, { firstSale, lastSale, daysSold }, totalRevenue));
  }
  assignAbcClasses(profiles);
  return { product_day: day, product_month: month, product: profiles };
}

type ProductPeriodRow = ReturnType<typeof periodHead> &
  SumMetrics & { product_id: string; avg_unit_price: number | null; nulls: Nulls };

/** Σ sale-line totals / Σ sale-line units (returns excluded): what a unit sold for. */
function avgUnitPrice(totals: PeriodTotals, nulls: Nulls): number | null {
  if (totals.saleUnits > 0) return moneyPer(totals.grossSales * 1000, totals.saleUnits);
  nulls.avg_unit_price = 'NO_UNITS';
  return null;
}

function profileRow(
  product: ProductBucket,
  life: PeriodTotals,
  sales: { firstSale: number | null; lastSale: number | null; daysSold: number },
  totalRevenue: number,
) {
  const nulls: Nulls = {};
  const sold = sales.firstSale !== null && sales.lastSale !== null;
  if (!sold) {
    for (const name of ['first_sale', 'last_sale', 'sales_velocity']) nulls[name] = 'NO_SALES';
  }
  if (product.pricedLines === 0) {
    nulls.mean_unit_price = 'NO_SALES';
    nulls.median_unit_price = 'NO_SALES';
  }
  if (totalRevenue <= 0) nulls.revenue_share_pct = 'NO_REVENUE';
  const spanDays = sold ? (sales.lastSale as number) - (sales.firstSale as number) + 1 : 0;
  return {
    product_id: product.productId,
    description: product.description,
    category: product.category,
    unit_type: product.unitType,
    first_sale: sold ? formatDate(sales.firstSale as number) : null,
    last_sale: sold ? formatDate(sales.lastSale as number) : null,
    days_sold: sales.daysSold,
    ...sumMetrics(life, nulls),
    avg_unit_price: avgUnitPrice(life, nulls),
    mean_unit_price: product.pricedLines === 0 ? null : moneyPer(product.unitPriceSum, product.pricedLines),
    median_unit_price: product.pricedLines === 0 ? null : medianOfCounts(product.priceCounts),
    /** Units sold per day between the first and last sale (both included). */
    sales_velocity: sold ? roundTo(life.saleUnits / 1000 / spanDays, 3) : null,
    revenue_share_pct: totalRevenue <= 0 ? null : percent(life.revenue, totalRevenue),
    abc_class: 'C' as 'A' | 'B' | 'C',
    nulls,
  };
}

/** Median of a histogram value → count (mean of the two middle values when the count is even). */
export function medianOfCounts(counts: Map<number, number>): number {
  const values = sortedByNumber(counts);
  let total = 0;
  for (const [, count] of values) total += count;
  const lowRank = Math.floor((total - 1) / 2);
  const highRank = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  for (const [value, count] of values) {
    if (low === null && seen + count > lowRank) low = value;
    if (seen + count > highRank) return ((low as number) + value) / 2;
    seen += count;
  }
  return 0;
}

/**
 * ABC by revenue: products in descending revenue order are A while the revenue share before
 * them is under 80%, B under 95%, C after that (and any product with revenue ≤ 0).
 */
function assignAbcClasses(profiles: { product_id: string; revenue: number; abc_class: 'A' | 'B' | 'C' }[]) {
  const positive = profiles.filter((p) => p.revenue > 0);
  const total = positive.reduce((sum, p) => sum + Math.round(p.revenue * 100), 0);
  positive.sort((a, b) => b.revenue - a.revenue || (a.product_id < b.product_id ? -1 : 1));
  let before = 0;
  for (const profile of positive) {
    const share = before / total;
    profile.abc_class = share < 0.8 ? 'A' : share < 0.95 ? 'B' : 'C';
    before += Math.round(profile.revenue * 100);
  }
}
