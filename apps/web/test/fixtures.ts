import type { DashboardSummary, MyCompany, User } from '@ayni/contracts';

export const TEST_USER: User = {
  id: '6f1c2f0e-8a51-4c39-9a43-1d6a0f3b2c11',
  email: 'duena@almacen.cl',
  name: 'María Quispe',
  is_platform_admin: false,
};

export const TEST_PASSWORD = 'secreto-123';

export const COMPANY_A: MyCompany = {
  id: '2b7e4a1c-5d3f-4e8a-9b6c-0f1e2d3c4b5a',
  name: 'Almacén Don Pepe',
  rut: '76123456-0',
  industry: 'retail',
  size: 'micro',
  region: 'Valparaíso',
  role: 'owner',
  default_dashboard: 'owner',
  is_demo: false,
  permissions: [
    'view_dashboards',
    'upload_data',
    'export',
    'manage_members',
    'manage_company',
    'delete_data',
    'manage_billing',
    'view_audit',
  ],
};

export const COMPANY_B: MyCompany = {
  id: '9c8d7e6f-1a2b-4c3d-8e9f-a0b1c2d3e4f5',
  name: 'Panadería La Espiga',
  rut: '77987654-3',
  industry: 'restaurants',
  size: 'small',
  region: 'Metropolitana',
  role: 'admin',
  default_dashboard: 'owner',
  is_demo: false,
  permissions: [
    'view_dashboards',
    'upload_data',
    'export',
    'manage_members',
    'manage_company',
    'manage_billing',
    'view_audit',
  ],
};

export const SUMMARY: DashboardSummary = {
  period: { from: '2026-07-01', to: '2026-11-30' },
  kpis: { revenue: 12_345_678, tickets: 4321, units: 9876.5, average_ticket: 2857.1, returns: 45_990 },
  by_month: [
    { month: '2026-07', revenue: 2_100_000, tickets: 700 },
    { month: '2026-08', revenue: 2_450_000, tickets: 820 },
    { month: '2026-09', revenue: 2_300_500, tickets: 790 },
    { month: '2026-10', revenue: 2_695_178, tickets: 951 },
    { month: '2026-11', revenue: 2_800_000, tickets: 1060 },
  ],
  top_products: [
    {
      sku: 'PAN-001',
      name: 'Marraqueta',
      category: 'Panadería',
      revenue: 3_210_000,
      units: 4100,
      unit: 'un',
    },
    {
      sku: 'LAC-014',
      name: 'Leche entera 1 L',
      category: 'Lácteos',
      revenue: 1_990_000,
      units: 1590,
      unit: 'un',
    },
    { sku: 'FRU-201', name: 'Palta hass', category: 'Frutas', revenue: 890_500, units: 212.5, unit: 'kg' },
  ],
  refreshed_at: '2026-11-21T14:05:00.000Z',
};

export const EMPTY_SUMMARY: DashboardSummary = {
  period: { from: null, to: null },
  kpis: { revenue: 0, tickets: 0, units: 0, average_ticket: 0, returns: 0 },
  by_month: [],
  top_products: [],
  refreshed_at: null,
};
