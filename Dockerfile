# One image for every Medfuse service in docker-compose.yml: each subgraph, the gateway and the
# seeder differ only in their command. Build: `docker compose build`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches the platform.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY clinical clinical
COPY gateway gateway
COPY generator generator
COPY subgraphs subgraphs
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
# The gateway plans over the committed supergraph.
COPY schema schema
USER node
EXPOSE 4000 4101 4102 4103 4104 4105 4106
# gateway/gateway-command.ts says why the young generation is larger.
CMD ["node", "--max-semi-space-size=64", "dist/gateway/gateway-server.js"]
