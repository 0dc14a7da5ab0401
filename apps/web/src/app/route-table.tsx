import type { RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { LoginPage } from '../features/auth/routes/login-page';
import { HomePage } from '../features/companies/routes/home-page';
import { AppLayout } from './routes/app-layout';
import { DashboardRoute } from './routes/dashboard-route';
import { NotFoundPage } from './routes/not-found-page';

/** Route table, shared by the browser router and tests' memory routers. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'c/:companyId', element: <DashboardRoute /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
