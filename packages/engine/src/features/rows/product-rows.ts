import { PeriodTotals } from '../accumulate/period-totals';
import type { ProductBucket } from '../accumulate/product-bucket';
import type { TotalsTable } from '../accumulate/totals-table';
import { formatDate, localDay } from '../time/local-day';
import type { Nulls } from '../types';
import { sortedByNumber, sortedEntries, sortedKeys } from './compare';
import { avgUnitPrice, productMonthRow, productPeriodRow } from './entity-period-rows';
import { moneyPer, percent, roundTo } from './numbers';
import { periodHeadOf } from './period-heads';
import { sumMetrics } from './sum-metrics';

export interface ProductRowOptions {
  day: boolean;
  month: boolean;
  profile: boolean;
}

/**
 * Product rows count lines, not distinct tickets: (product, ticket) pairs grow like lines do,
 * and the engine's memory must not. A product sold twice in one ticket is two sale lines.
 */
export function productRows(
  products: Map<string, ProductBucket>,
  table: TotalsTable,
  want: ProductRowOptions,
) {
  const day = [];
  const month: ReturnType<typeof monthRow>[] = [];
  const profiles = [];
  const all = sortedEntries(products);
  const dayTotals = new PeriodTotals();
  let totalRevenue = 0;
  for (const [productId, product] of all) {
    const life = new PeriodTotals();
    let monthIndex = Number.NaN;
    const monthTotals = new PeriodTotals();
    let monthDays = 0;
    let firstSale: number | null = null;
    let lastSale: number | null = null;
    let daysSold = 0;
    const closeMonth = () => {
      if (Number.isNaN(monthIndex)) return;
      life.merge(monthTotals);
      if (want.month) month.push(monthRow(productId, monthIndex, monthDays, monthTotals));
    };
    for (const dayIndex of sortedKeys(product.days)) {
      const totals = table.read(product.days.get(dayIndex) as number, dayTotals);
      const thisMonth = localDay(dayIndex).monthIndex;
      if (thisMonth !== monthIndex) {
        closeMonth();
        monthIndex = thisMonth;
        monthTotals.reset();
        monthDays = 0;
      }
      monthTotals.merge(totals);
      if (totals.saleLines > 0) {
        monthDays++;
        daysSold++;
        firstSale ??= dayIndex;
        lastSale = dayIndex;
      }
      if (want.day) day.push(productPeriodRow(productId, periodHeadOf('day', dayIndex), totals));
    }
    closeMonth();
    totalRevenue += life.revenue;
    if (want.profile) profiles.push({ product, life, sales: { firstSale, lastSale, daysSold } });
  }
  const profileRows = profiles.map(({ product, life, sales }) =>
    profileRow(product, life, sales, totalRevenue),
  );
  assignAbcClasses(profileRows);
  return { product_day: day, product_month: month, product: profileRows };
}

function monthRow(productId: string, monthIndex: number, daysSold: number, totals: PeriodTotals) {
  return productMonthRow(productId, periodHeadOf('month', monthIndex), totals, daysSold);
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
    // Units sold per day between the first and last sale (both included).
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
