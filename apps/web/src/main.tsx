import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './index.css';
import { applyTheme, subscribeTheme } from './lib/theme/theme-store';

// The theme goes on <html> before the first paint, and follows the system while set to `system`.
applyTheme();
subscribeTheme(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
