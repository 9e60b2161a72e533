/**
 * `npm run db:generate -- --name what_changed`: after a change to server/db/schema.ts, writes the
 * PostgreSQL schema from it and the next migration of each database (SQLite's under
 * server/db/migrations, PostgreSQL's under server/db/postgres/migrations), with the same name.
 * Hand-written SQL (triggers, search) is then added to each generated file in its own dialect.
 */
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const run = (command: string, commandArgs: string[]) => execFileSync(command, commandArgs, { stdio: 'inherit' });

run('npx', ['tsx', 'server/db/postgres/write-schema.ts']);
run('npx', ['drizzle-kit', 'generate', '--config', 'drizzle.config.ts', ...args]);
run('npx', ['drizzle-kit', 'generate', '--config', 'drizzle.pg.config.ts', ...args]);
