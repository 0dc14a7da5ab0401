import {
  type AnalyticsPeriod,
  categoriesQuerySchema,
  categoriesResponseSchema,
  companyIdParamsSchema,
  customerDetailResponseSchema,
  customerParamsSchema,
  customersQuerySchema,
  customersResponseSchema,
  hoursQuerySchema,
  hoursResponseSchema,
  largestTicketsQuerySchema,
  largestTicketsResponseSchema,
  locationsSalesQuerySchema,
  locationsSalesResponseSchema,
  periodSalesQuerySchema,
  periodSalesResponseSchema,
  productDetailQuerySchema,
  productDetailResponseSchema,
  productParamsSchema,
  productsQuerySchema,
  productsResponseSchema,
} from '@ayni/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cachedRead } from '../../lib/analytics-cache/cached-read';
import { meta } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import type { Page } from './breakdown-query';
import {
  getCustomer,
  listCategories,
  listCustomers,
  listHours,
  listLocationSales,
} from './breakdowns.service';
import { listLargestTickets } from './largest-tickets';
import { getProduct, listProducts } from './product-breakdowns';
import { productUnits } from './product-units';
import { listPeriodSales } from './slice-breakdowns';

const errors = errorResponses(...companyRouteErrors);

/** `{data, meta}` of a page: the list meta plus the range summed, the sort and data_through. */
export function pageEnvelope<T>(
  request: FastifyRequest,
  query: { page: number; page_size: number; sort: string },
  page: Page<T>,
) {
  return {
    data: page.items,
    meta: {
      ...meta(request),
      page: query.page,
      page_size: query.page_size,
      total: page.total,
      sort: query.sort,
      period: page.period,
      data_through: page.dataThrough,
    },
  };
}

const itemMeta = (request: FastifyRequest, period: AnalyticsPeriod, dataThrough: string | null) => ({
  ...meta(request),
  period,
  data_through: dataThrough,
});

/** Where sales happen: by product, customer, category, branch and weekday × hour, and by period for a slice. */
export function breakdownsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = { onRequest: app.companyScope };
  const schema = { tags: ['analytics'], security: bearerAuth };

  r.get(
    '/api/v1/companies/:companyId/products',
    {
      ...base,
      schema: {
        ...schema,
        summary:
          'Products: lifetime figures, or their months overlapping from/to summed (whole months); with location, category, weekdays or hour_from/hour_to, those lines of the days from/to',
        params: companyIdParamsSchema,
        querystring: productsQuerySchema,
        response: { 200: productsResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { page, units } = await cachedRead(request, 'products', async (ctx) => ({
        page: await listProducts(ctx, request.query),
        units: await productUnits(ctx),
      }));
      const body = pageEnvelope(request, request.query, page);
      return { ...body, meta: { ...body.meta, units } };
    },
  );

  r.get(
    '/api/v1/companies/:companyId/products/:productId',
    {
      ...base,
      schema: {
        ...schema,
        summary: 'One product: lifetime row, monthly series and, with from/to, the range summed',
        params: productParamsSchema,
        querystring: productDetailQuerySchema,
        response: { 200: productDetailResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { detail, period, dataThrough } = await cachedRead(request, 'product', (ctx) =>
        getProduct(ctx, request.params.productId, request.query),
      );
      return { data: detail, meta: itemMeta(request, period, dataThrough) };
    },
  );

  r.get(
    '/api/v1/companies/:companyId/customers',
    {
      ...base,
      schema: {
        ...schema,
        summary:
          'Customer profiles (lifetime); from/to keeps the customers who bought in the range; location: their lines at that branch in the days asked',
        params: companyIdParamsSchema,
        querystring: customersQuerySchema,
        response: { 200: customersResponseSchema, ...errors },
      },
    },
    async (request) =>
      pageEnvelope(
        request,
        request.query,
        await cachedRead(request, 'customers', (ctx) => listCustomers(ctx, request.query)),
      ),
  );

  r.get(
    '/api/v1/companies/:companyId/customers/:customerId',
    {
      ...base,
      schema: {
        ...schema,
        summary: "One customer's lifetime profile",
        params: customerParamsSchema,
        response: { 200: customerDetailResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { customer, dataThrough } = await cachedRead(request, 'customer', (ctx) =>
        getCustomer(ctx, request.params.customerId),
      );
      return { data: customer, meta: itemMeta(request, null, dataThrough) };
    },
  );

  r.get(
    '/api/v1/companies/:companyId/categories',
    {
      ...base,
      schema: {
        ...schema,
        summary:
          'Sales by category over the months overlapping from/to (all months without a range); with location, weekdays or hour_from/hour_to, those lines of the days from/to',
        params: companyIdParamsSchema,
        querystring: categoriesQuerySchema,
        response: { 200: categoriesResponseSchema, ...errors },
      },
    },
    async (request) =>
      pageEnvelope(
        request,
        request.query,
        await cachedRead(request, 'categories', (ctx) => listCategories(ctx, request.query)),
      ),
  );

  r.get(
    '/api/v1/companies/:companyId/locations/sales',
    {
      ...base,
      schema: {
        ...schema,
        summary:
          'Sales by branch over the months overlapping from/to (all months without a range); with product, category, weekdays or hour_from/hour_to, those lines of the days from/to',
        params: companyIdParamsSchema,
        querystring: locationsSalesQuerySchema,
        response: { 200: locationsSalesResponseSchema, ...errors },
      },
    },
    async (request) =>
      pageEnvelope(
        request,
        request.query,
        await cachedRead(request, 'locations/sales', (ctx) => listLocationSales(ctx, request.query)),
      ),
  );

  r.get(
    '/api/v1/companies/:companyId/metrics/slice',
    {
      ...base,
      schema: {
        ...schema,
        summary: 'Sales of one branch, product or category per day, ISO week, month, quarter or year',
        params: companyIdParamsSchema,
        querystring: periodSalesQuerySchema,
        response: { 200: periodSalesResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { periods, period, dataThrough } = await cachedRead(request, 'metrics/slice', (ctx) =>
        listPeriodSales(ctx, request.query),
      );
      return {
        data: periods,
        meta: { ...itemMeta(request, period, dataThrough), grain: request.query.grain },
      };
    },
  );

  r.get(
    '/api/v1/companies/:companyId/hours',
    {
      ...base,
      schema: {
        ...schema,
        summary:
          'Weekday × hour grid (168 cells) of the days from/to, of a branch, product or category if given',
        params: companyIdParamsSchema,
        querystring: hoursQuerySchema,
        response: { 200: hoursResponseSchema, ...errors },
      },
    },
    async (request) =>
      pageEnvelope(
        request,
        request.query,
        await cachedRead(request, 'hours', (ctx) => listHours(ctx, request.query)),
      ),
  );

  r.get(
    '/api/v1/companies/:companyId/tickets/largest',
    {
      ...base,
      schema: {
        ...schema,
        summary:
          'The largest tickets of the days from/to, at a branch, on some weekdays or hours if given: each document by the net total of those lines',
        params: companyIdParamsSchema,
        querystring: largestTicketsQuerySchema,
        response: { 200: largestTicketsResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { items, period, dataThrough } = await cachedRead(request, 'tickets/largest', (ctx) =>
        listLargestTickets(ctx, request.query),
      );
      return { data: items, meta: { ...meta(request), period, data_through: dataThrough } };
    },
  );
}
