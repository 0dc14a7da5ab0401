import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AskLanguage } from '@ayni/contracts';
import { detectLanguage, FEATURE_CATALOG, normalizeQuestion } from '@ayni/engine';

/** One retrievable passage: a catalog feature in one language, or one section of a doc. */
export interface HelpDocument {
  id: string;
  language: AskLanguage;
  title: string;
  text: string;
  source: { title: string; ref: string };
}

/** Names people use for the main features (the catalog's descriptions carry the rest). */
const TITLES: Record<string, { es: string; en: string }> = {
  revenue: { es: 'Venta neta (ventas)', en: 'Net sales (revenue)' },
  avg_ticket: { es: 'Ticket promedio (boleta promedio)', en: 'Average ticket' },
  transactions: { es: 'Transacciones (boletas)', en: 'Transactions (tickets)' },
  units: { es: 'Unidades vendidas', en: 'Units sold' },
  gross_margin: { es: 'Margen bruto (ganancia)', en: 'Gross margin (profit)' },
  cost: { es: 'Costo de lo vendido', en: 'Cost of goods sold' },
  margin_pct: { es: 'Margen porcentual', en: 'Margin percentage' },
  customers: { es: 'Clientes', en: 'Customers' },
  new_customers: { es: 'Clientes nuevos', en: 'New customers' },
  retention_rate_pct: { es: 'Tasa de retención de clientes', en: 'Customer retention rate' },
  lifecycle_stage: {
    es: 'Etapa o segmento del cliente: nuevo, activo, en riesgo, perdido',
    en: 'Customer lifecycle segment: new, active, at risk, churned',
  },
  churned: { es: 'Cliente perdido (fuga, churn)', en: 'Churned (lost) customer' },
  abc_class: { es: 'Clase ABC de productos', en: 'ABC class of products' },
  discount: { es: 'Descuentos', en: 'Discounts' },
  commission: { es: 'Comisiones', en: 'Commissions' },
  returned_amount: { es: 'Devoluciones (monto devuelto)', en: 'Returns (amount returned)' },
  weekend_share_pct: { es: 'Participación del fin de semana', en: 'Weekend share of sales' },
  revenue_growth_pct: { es: 'Crecimiento de la venta', en: 'Sales growth' },
  revenue_yoy_pct: { es: 'Variación interanual de la venta', en: 'Year-over-year sales change' },
};

function catalogDocuments(): HelpDocument[] {
  return FEATURE_CATALOG.flatMap((feature) =>
    (['es', 'en'] as const).map((language) => {
      const title = TITLES[feature.name]?.[language] ?? feature.name.replaceAll('_', ' ');
      const description = language === 'es' ? feature.description_es : feature.description_en;
      return {
        id: `catalog:${feature.name}:${language}`,
        language,
        title,
        text: `${description} (${feature.name}, ${feature.unit})`,
        source: {
          title:
            language === 'es' ? `Glosario de métricas: ${feature.name}` : `Metric glossary: ${feature.name}`,
          ref: `docs/metrics.md#${feature.name}`,
        },
      };
    }),
  );
}

/** docs/*.md cut at `##` headings; metrics.md is left out (its rows are the catalog above). */
function docSections(docsDir: string): HelpDocument[] {
  const files = readdirSync(docsDir).filter((file) => file.endsWith('.md') && file !== 'metrics.md');
  return files.flatMap((file) => {
    const content = readFileSync(path.join(docsDir, file), 'utf8');
    const pageTitle = /^# (.+)$/m.exec(content)?.[1] ?? file;
    return content
      .split(/^## /m)
      .slice(1)
      .map((section, index) => {
        const [heading = '', ...body] = section.split('\n');
        const text = body
          .join('\n')
          .replace(/```[\s\S]*?```/g, ' ')
          .trim();
        const slug = heading
          .toLowerCase()
          .replace(/[^a-z0-9áéíóúñ]+/g, '-')
          .replace(/^-|-$/g, '');
        return {
          id: `doc:${file}:${index}`,
          language: detectLanguage(normalizeQuestion(`${heading} ${text.slice(0, 400)}`)),
          title: heading.trim(),
          text,
          source: { title: `${pageTitle} — ${heading.trim()}`, ref: `docs/${file}#${slug}` },
        };
      })
      .filter((doc) => doc.text.length > 0);
  });
}

export function helpDocuments(docsDir: string): HelpDocument[] {
  return [...catalogDocuments(), ...docSections(docsDir)];
}
