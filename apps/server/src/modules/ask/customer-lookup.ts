import { type AskLanguage, formatRut } from '@ayni/contracts';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { getCustomer } from '../analytics/breakdowns.service';
import { dayLabel } from './answer-format';
import { AskRefusal } from './ask-refusal';

/**
 * The customer a question names by RUT (read as `12345678-5`, the way imports store a RUT in
 * any spelling: `canonicalCustomerId`). Refused when the sales have no such customer.
 */
export async function customerByRut(ctx: ServiceContext, rut: string) {
  try {
    return await getCustomer(ctx, rut);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AskRefusal('unknown_entity');
    throw error;
  }
}

/** "¿cuándo fue la última compra del cliente …?": that customer's first and last purchase. */
export async function customerVisitsText(
  ctx: ServiceContext,
  rut: string,
  language: AskLanguage,
): Promise<string> {
  const { customer } = await customerByRut(ctx, rut);
  const name = formatRut(rut);
  const first = typeof customer.first_purchase === 'string' ? customer.first_purchase : null;
  const last = typeof customer.last_purchase === 'string' ? customer.last_purchase : null;
  const es = language === 'es';
  if (first === null || last === null) {
    return es
      ? `El cliente ${name} aparece en tus ventas, pero sin una compra (solo devoluciones).`
      : `Customer ${name} is in your sales, but without a purchase (returns only).`;
  }
  const [firstDay, lastDay] = [dayLabel(first, language), dayLabel(last, language)];
  if (first === last) {
    return es
      ? `El cliente ${name} compró un solo día: el ${firstDay}.`
      : `Customer ${name} bought on one day only: ${firstDay}.`;
  }
  return es
    ? `La última compra del cliente ${name} fue el ${lastDay}; la primera, el ${firstDay}.`
    : `Customer ${name} last bought on ${lastDay}; first on ${firstDay}.`;
}
