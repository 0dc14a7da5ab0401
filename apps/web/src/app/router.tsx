import { BrowserRouter, useRoutes } from 'react-router';
import { routes } from './route-table';

function AppRoutes() {
  return useRoutes(routes);
}

/**
 * Declarative mode: the routes only render elements (no loaders or actions), and it keeps about
 * 17 KB of gzip JavaScript of the data router out of the entry chunk.
 */
export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
