import { AnalyticsDisclaimer } from '../../../components/analytics-disclaimer';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useInsights } from '../api/insights';
import { BasketSection } from '../components/basket-section';
import { CustomerSection } from '../components/customer-section';
import { ProductSection } from '../components/product-section';
import { SectionCard } from '../components/section-card';
import { TopInsights } from '../components/top-insights';
import { useInsightLabels } from '../lib/labels';
import type { BasketsSection, CustomersSection, ProductsSection } from '../lib/types';

/** `/c/:companyId/insights`: top insights, products, customers and baskets. */
export function InsightsPage({ companyId }: { companyId: string }) {
  const i18n = useI18n();
  const { L } = useInsightLabels();
  const insights = useInsights(companyId);
  const sections = insights.data?.data.sections;

  let content: React.ReactNode;
  if (insights.error && !insights.data) {
    content = (
      <ErrorState
        message={errorMessage(insights.error, i18n)}
        onRetry={() => void insights.refetch()}
        retrying={insights.isFetching}
      />
    );
  } else if (!sections) {
    content = (
      <div role="status" aria-label={L.loading} className="space-y-3">
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
    );
  } else if (!sections.products) {
    content = <EmptyState title={L.title} description={L.empty} />;
  } else {
    content = (
      <div className="space-y-4">
        <SectionCard id="insights-top" title={L.top}>
          <TopInsights items={insights.data?.data.top ?? []} />
        </SectionCard>
        <ProductSection products={sections.products as unknown as ProductsSection} />
        {sections.customers && (
          <CustomerSection customers={sections.customers as unknown as CustomersSection} />
        )}
        {sections.baskets && <BasketSection baskets={sections.baskets as unknown as BasketsSection} />}
      </div>
    );
  }
  return (
    <div className="min-w-0 space-y-6">
      <div className="min-w-0">
        <p className="text-sm font-medium text-teal-700">{L.eyebrow}</p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{L.title}</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{L.subtitle}</p>
      </div>
      {content}
      <AnalyticsDisclaimer />
    </div>
  );
}
