import type { CustomerInsights } from '../customers/customer-insights';
import type { ProductInsights } from '../products/product-insights';
import type { Insight } from '../shared/insight';
import { dayNumber, pct, round } from '../shared/stats';
import { counted, formatNumber as n, PRODUCT, text } from '../shared/text';

/** Thresholds of the alerts (the margin one comes from the company's settings). */
export const ALERT_RULES = {
  /** Top 20 % of products above this share of revenue. */
  concentration_pct: 80,
  /** Sales of the last 90 days vs the same 90 days a year earlier below this change. */
  growth_pct: -10,
  growth_window_days: 90,
  /** Churn rate up this many percentage points against 30 days earlier. */
  churn_rise_points: 5,
} as const;

export interface AlertInput {
  products: ProductInsights;
  customers: CustomerInsights | null;
  /** Company-wide day rows (period = local date) for the growth check. */
  days: readonly { period: string; revenue: number }[];
  dataFrom: string;
  dataThrough: string;
  marginAlertPct: number;
}

const alert = (a: Omit<Insight, 'section'>): Insight => ({ ...a, section: 'alerts' });

/** Alerts with a severity and the numbers behind them. */
export function computeAlerts(input: AlertInput): Insight[] {
  const out: Insight[] = [];
  const { products } = input;
  const dead = products.inventory_status.dead.products + products.inventory_status.zombie.products;
  if (dead > 0) {
    const share = pct(dead, products.product_count) as number;
    out.push(
      alert({
        id: 'alert.dead_stock',
        severity: share >= 20 ? 'warning' : 'info',
        score: Math.min(100, Math.round(share)),
        audiences: ['owner', 'operations', 'finance'],
        title: text(
          `${counted(dead, PRODUCT).es} sin ventas hace más de 90 días`,
          `${counted(dead, PRODUCT).en} without sales for over 90 days`,
        ),
        detail: text(
          `Son el ${n(share, 1).es} % de los productos. Los datos no traen stock, así que el valor inmovilizado no se puede calcular; revisar su existencia física es una opción.`,
          `They are ${n(share, 1).en}% of products. The data carries no stock, so the value tied up cannot be computed; checking their physical stock is an option.`,
        ),
        numbers: {
          dead_products: dead,
          share_of_products_pct: share,
          stock_value: null,
          stock_value_null_reason: 'NO_STOCK_DATA',
        },
      }),
    );
  }
  const top = products.pareto.top_20_pct_revenue_share_pct;
  if (top !== null && top > ALERT_RULES.concentration_pct && products.pareto.products_with_revenue >= 5) {
    out.push(
      alert({
        id: 'alert.product_concentration',
        severity: 'warning',
        score: Math.round(top - 20),
        audiences: ['owner', 'operations'],
        title: text(
          `El 20 % de los productos hace el ${n(top, 1).es} % de la venta`,
          `The top 20% of products make ${n(top, 1).en}% of sales`,
        ),
        detail: text(
          'La venta depende de pocos productos: un quiebre de stock en ellos pesa mucho.',
          'Sales depend on few products: a stock-out in them weighs heavily.',
        ),
        numbers: { top_20_pct_revenue_share_pct: top },
      }),
    );
  }
  const growth = growthVsLastYear(input);
  if (growth !== null && growth.change_pct < ALERT_RULES.growth_pct) {
    out.push(
      alert({
        id: 'alert.growth_down',
        severity: growth.change_pct < 2 * ALERT_RULES.growth_pct ? 'critical' : 'warning',
        score: Math.min(100, Math.round(-growth.change_pct)),
        audiences: ['owner', 'finance'],
        title: text(
          `Ventas ${n(growth.change_pct, 1).es} % frente al año pasado`,
          `Sales ${n(growth.change_pct, 1).en}% against last year`,
        ),
        detail: text(
          `Últimos 90 días: $${n(growth.recent).es}; mismos 90 días del año anterior: $${n(growth.previous).es}.`,
          `Last 90 days: CLP ${n(growth.recent).en}; same 90 days a year earlier: CLP ${n(growth.previous).en}.`,
        ),
        numbers: { ...growth },
      }),
    );
  }
  const margin = products.margin_health.portfolio_margin_pct;
  if (margin !== null && margin < input.marginAlertPct) {
    out.push(
      alert({
        id: 'alert.margin_below_threshold',
        severity: margin < 15 ? 'critical' : 'warning',
        score: Math.min(100, Math.round((input.marginAlertPct - margin) * 4)),
        audiences: ['owner', 'finance'],
        title: text(
          `Margen bruto de ${n(margin, 1).es} %, bajo el ${n(input.marginAlertPct).es} % definido`,
          `Gross margin of ${n(margin, 1).en}%, under the ${n(input.marginAlertPct).en}% set`,
        ),
        detail: text(
          'Medido sobre las ventas con costo informado. El umbral se cambia en la configuración de la empresa.',
          "Measured on the sales with a known cost. The threshold is set in the company's settings.",
        ),
        numbers: { margin_pct: margin, threshold_pct: input.marginAlertPct },
      }),
    );
  }
  const churn = input.customers?.churn;
  if (churn && churn.churn_rate_pct !== null && churn.churn_rate_30_days_earlier_pct !== null) {
    const rise = round(churn.churn_rate_pct - churn.churn_rate_30_days_earlier_pct, 2);
    if (rise >= ALERT_RULES.churn_rise_points) {
      out.push(
        alert({
          id: 'alert.churn_rising',
          severity: 'warning',
          score: Math.min(100, Math.round(rise * 3)),
          audiences: ['owner', 'marketing'],
          title: text(
            `La fuga de clientes subió ${n(rise, 1).es} puntos`,
            `Customer churn rose ${n(rise, 1).en} points`,
          ),
          detail: text(
            `${n(churn.churn_rate_pct, 1).es} % hoy frente a ${n(churn.churn_rate_30_days_earlier_pct, 1).es} % hace 30 días (clientes sin compra en ${churn.churn_days} días).`,
            `${n(churn.churn_rate_pct, 1).en}% now against ${n(churn.churn_rate_30_days_earlier_pct, 1).en}% 30 days ago (customers without a purchase in ${churn.churn_days} days).`,
          ),
          numbers: {
            churn_rate_pct: churn.churn_rate_pct,
            churn_rate_30_days_earlier_pct: churn.churn_rate_30_days_earlier_pct,
            rise_points: rise,
          },
        }),
      );
    }
  }
  return out;
}

/** Net sales of the last 90 days vs the same 90 days a year earlier; null without that history. */
export function growthVsLastYear(input: Pick<AlertInput, 'days' | 'dataFrom' | 'dataThrough'>) {
  const end = dayNumber(input.dataThrough);
  const window = ALERT_RULES.growth_window_days;
  const recentStart = end - window + 1;
  const previousStart = recentStart - 365;
  const previousEnd = end - 365;
  if (dayNumber(input.dataFrom) > previousStart) return null;
  let recent = 0;
  let previous = 0;
  for (const day of input.days) {
    const d = dayNumber(day.period);
    if (d >= recentStart && d <= end) recent += day.revenue;
    else if (d >= previousStart && d <= previousEnd) previous += day.revenue;
  }
  if (previous <= 0) return null;
  return {
    recent: round(recent, 0),
    previous: round(previous, 0),
    change_pct: round((recent / previous - 1) * 100, 2),
  };
}
