import type { TimeInsightInput } from '../input';
import type { DailySeries } from '../series';
import { unavailable } from '../text';
import type { OperationsInsights } from './types';

export function operationsInsights(
  _input: TimeInsightInput,
  series: DailySeries | null,
  _ticketsPerEmployeeHour: number,
): OperationsInsights {
  if (series === null) return noSales();
  return unavailable('NOT_COMPUTED', 'Sección en preparación.', 'Section not computed yet.');
}

const noSales = () =>
  unavailable('NO_SALES', 'No hay ventas en los datos.', 'There are no sales in the data.');
