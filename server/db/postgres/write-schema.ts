/**
 * `npm run db:generate` runs this first: it writes server/db/postgres/schema.ts from the SQLite
 * schema (schema-from-sqlite.ts says how), then drizzle-kit makes each dialect's migration.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as sqliteSchema from '../schema';
import { postgresSchemaSource } from './schema-from-sqlite';

export const POSTGRES_SCHEMA_FILE = resolve(import.meta.dirname, 'schema.ts');

writeFileSync(POSTGRES_SCHEMA_FILE, postgresSchemaSource(sqliteSchema));
console.log(`wrote ${POSTGRES_SCHEMA_FILE}`);
