import type { RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { LoginPage } from '../features/auth/routes/login-page';
import { HomePage } from '../features/companies/routes/home-page';
import {
  AcceptInvitationRoute,
  AccountPage,
  BenchmarksRoute,
  DownloadsRoute,
  ExplorerRoute,
  ForgotPasswordPage,
  InsightsRoute,
  LandingPage,
  MacroRoute,
  NewCompanyPage,
  page,
  RegisterPage,
  ReportsRoute,
  ResetPasswordPage,
  SettingsRoute,
  UploadsRoute,
  VerifyEmailPage,
} from './lazy-pages';
import { AppLayout } from './routes/app-layout';
import { DashboardRoute } from './routes/dashboard-route';
import { NotFoundPage } from './routes/not-found-page';

/** Route table, shared by the browser router and tests' memory routers. */
export const routes: RouteObject[] = [
  { path: '/welcome', element: page(<LandingPage />) },
  { path: '/login', element: <LoginPage /> },
  { path: '/register', element: page(<RegisterPage />) },
  { path: '/forgot-password', element: page(<ForgotPasswordPage />) },
  { path: '/reset-password', element: page(<ResetPasswordPage />) },
  { path: '/verify-email', element: page(<VerifyEmailPage />) },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'companies/new', element: page(<NewCompanyPage />) },
          { path: 'c/:companyId', element: <DashboardRoute /> },
          { path: 'c/:companyId/settings', element: page(<SettingsRoute />) },
          { path: 'c/:companyId/uploads/*', element: page(<UploadsRoute />) },
          { path: 'c/:companyId/explore/*', element: page(<ExplorerRoute />) },
          { path: 'c/:companyId/downloads', element: page(<DownloadsRoute />) },
          { path: 'c/:companyId/insights', element: page(<InsightsRoute />) },
          { path: 'c/:companyId/macro', element: page(<MacroRoute />) },
          { path: 'c/:companyId/reports', element: page(<ReportsRoute />) },
          { path: 'c/:companyId/benchmarks', element: page(<BenchmarksRoute />) },
          { path: 'account', element: page(<AccountPage />) },
          { path: 'invitations/accept', element: page(<AcceptInvitationRoute />) },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
