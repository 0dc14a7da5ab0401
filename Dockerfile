# syntax=docker/dockerfile:1
# AYNI: one image for every process; the command picks it (api.ts by default, worker.ts for workers).
#   docker build -t ayni .
#   docker run ... ayni                                   # API + web app on :3000
#   docker run ... ayni node --max-semi-space-size=4 apps/server/dist/worker.js

# --- build: every dependency, then the web app (Vite) into apps/web/dist
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/contracts/package.json packages/contracts/
COPY packages/engine/package.json packages/engine/
COPY packages/db/package.json packages/db/
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN NODE_ENV=production npm run build:web \
 && npm run build:server \
 && npx tsc -p tsconfig.json --noEmit

# --- production dependencies only, plus tsx for the `ayni` CLI (the server runs from its bundle)
FROM build AS prod-deps
RUN mkdir /tsx \
 && cp -r node_modules/tsx node_modules/esbuild node_modules/@esbuild node_modules/get-tsconfig \
    node_modules/resolve-pkg-maps /tsx/ \
 && npm prune --omit=dev --no-audit --no-fund \
 && cp -r /tsx/* node_modules/

# --- runtime: slim, non-root, no compiler, no dev tools
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    PORT=3000 \
    HOST=0.0.0.0 \
    AYNI_DATA_DIR=/var/lib/ayni \
    AYNI_WEB_DIST=/app/apps/web/dist
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/tsconfig.base.json ./
# From the pruned stage: workspace folders may hold nested node_modules of their own.
COPY --from=prod-deps /app/packages ./packages
COPY --from=prod-deps /app/apps/server ./apps/server
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY --from=build /app/apps/web/package.json ./apps/web/
RUN mkdir -p /var/lib/ayni && chown -R node:node /var/lib/ayni
USER node
EXPOSE 3000
# The API's own health (database, queue, disk); workers override it with their METRICS_PORT probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself, not npm, so SIGTERM reaches the server's shutdown handler.
CMD ["node", "apps/server/dist/api.js"]
