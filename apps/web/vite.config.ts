import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.AYNI_API_URL ?? 'http://localhost:3000';
const ECHARTS = /node_modules[\\/](echarts|zrender)[\\/]/;
const ECHARTS_ON_DEMAND = /[\\/](chart[\\/](bar|heatmap)|component[\\/](tooltip|axisPointer))[\\/]/;

// `root` is pinned so `vite build apps/web` from the repo root and `npm run build -w @ayni/web`
// behave the same (Tailwind also scans sources relative to it).
export default defineConfig({
  root,
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: {
      // REST API plus the WebSocket upgrade at /api/v1/ws. The Host stays this server's, so the
      // API's origin check (login, demo, refresh) sees the page's Origin as the request's own host.
      '/api': { target: apiTarget, changeOrigin: false, ws: true },
      '/metrics': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // ECharts' core in one chunk (it compresses better whole); bar and heatmap series and
          // tooltips stay in their own chunks, loaded only when a chart asks for them.
          groups: [
            { name: 'echarts', test: (id: string) => ECHARTS.test(id) && !ECHARTS_ON_DEMAND.test(id) },
          ],
        },
      },
    },
  },
});
