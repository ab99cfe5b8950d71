# The API with the built console. Untested here (no Docker engine on the build machines); docker-compose.yml uses it.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts tsconfig.base.json ./
COPY prisma ./prisma
COPY tools ./tools
COPY api/package.json api/
COPY console/package.json console/
COPY experiments/package.json experiments/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "--import", "tsx", "api/src/main.ts"]
