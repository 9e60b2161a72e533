import { defineConfig } from 'drizzle-kit';

// PostgreSQL's migrations, from the schema written out of the SQLite one (server/db/postgres/schema-from-sqlite.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/postgres/schema.ts',
  out: './server/db/postgres/migrations',
});
