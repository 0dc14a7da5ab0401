import type { DashboardSummary } from '@ayni/contracts';
import { useElementWidth } from '../hooks/use-element-width';
import { RevenueBars } from './revenue-bars';

/** Used until the container is measured (and in DOMs without layout). */
const FALLBACK_WIDTH = 720;
const MIN_WIDTH = 280;

/** Responsive wrapper: measures the available width and draws the bars at that size. */
export function RevenueChart({ data }: { data: DashboardSummary['by_month'] }) {
  const [containerRef, measured] = useElementWidth<HTMLDivElement>();
  return (
    <div ref={containerRef} className="w-full">
      <RevenueBars data={data} width={Math.max(measured || FALLBACK_WIDTH, MIN_WIDTH)} />
    </div>
  );
}
