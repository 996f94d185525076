# The API image. Neo4j runs as its own container (see docker-compose.yml).
FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY schema ./schema
COPY seed ./seed
# The service runs built (plain JavaScript in dist/), as `npm start` runs it.
RUN node scripts/start.mjs --build-only
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "--enable-source-maps", "dist/start.js"]
