import { Navigate, Outlet, useLocation } from 'react-router';
import { useAccessToken } from '../hooks/use-access-token';

/**
 * Route guard: without a token (never had one, logged out, or a 401 cleared it) go to /login;
 * a visitor arriving at the home page meets the landing page instead.
 */
export function RequireAuth() {
  const token = useAccessToken();
  const location = useLocation();
  if (!token && location.pathname === '/') return <Navigate to="/welcome" replace />;
  if (!token) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
