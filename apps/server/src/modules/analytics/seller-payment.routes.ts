import {
  companyIdParamsSchema,
  paymentMethodsQuerySchema,
  paymentMethodsResponseSchema,
  sellersQuerySchema,
  sellersResponseSchema,
} from '@ayni/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cachedRead } from '../../lib/analytics-cache/cached-read';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { pageEnvelope } from './breakdowns.routes';
import { listPaymentMethodSales, listSellerSales } from './seller-payment-sales';

const errors = errorResponses(...companyRouteErrors);

/** Sales by seller and by payment method, summed from the lines of the days asked. */
export function sellerPaymentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = { onRequest: app.companyScope };
  const schema = { tags: ['analytics'], security: bearerAuth };

  r.get(
    '/api/v1/companies/:companyId/sellers',
    {
      ...base,
      schema: {
        ...schema,
        summary:
          "Sales by seller (the file's seller or cashier column) in the days from/to; branch, product, category, weekdays and hours narrow them",
        params: companyIdParamsSchema,
        querystring: sellersQuerySchema,
        response: { 200: sellersResponseSchema, ...errors },
      },
    },
    async (request) =>
      pageEnvelope(
        request,
        request.query,
        await cachedRead(request, 'sellers', (ctx) => listSellerSales(ctx, request.query)),
      ),
  );

  r.get(
    '/api/v1/companies/:companyId/payment-methods',
    {
      ...base,
      schema: {
        ...schema,
        summary:
          'Sales by payment method (as the file writes it) in the days from/to; branch, product, category, weekdays and hours narrow them',
        params: companyIdParamsSchema,
        querystring: paymentMethodsQuerySchema,
        response: { 200: paymentMethodsResponseSchema, ...errors },
      },
    },
    async (request) =>
      pageEnvelope(
        request,
        request.query,
        await cachedRead(request, 'payment-methods', (ctx) => listPaymentMethodSales(ctx, request.query)),
      ),
  );
}
