/**
 * Data access lives in repositories (README "Data access"): route modules hold no SQL and reach no
 * connection, domain modules (seeding too) reach no connection: only `isOpen(ctx.database)` to see
 * that the database is still open, as they run on SQLite and PostgreSQL alike. No server module keeps a cache of statements per connection (repositories prepare theirs once, on
 * the app context). Each rule is shown failing on a source that breaks it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'server');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Route modules: every routes.ts and *-routes.ts, and the HTTP plumbing under server/http. */
function isRouteModule(path: string): boolean {
  const rel = relative(SERVER, path);
  return /(^|\/|-)routes\.ts$/.test(rel) || rel.startsWith('http/');
}

const ROUTE_RULES: Array<{ rule: string; pattern: RegExp }> = [
  { rule: 'prepares a statement', pattern: /\.prepare\s*[<(]/ },
  { rule: 'uses ctx.sqlite', pattern: /\bctx\.sqlite\b/ },
  { rule: 'uses ctx.db', pattern: /\bctx\.db\b/ },
  { rule: 'imports drizzle-orm', pattern: /from\s+['"]drizzle-orm(\/[^'"]*)?['"]/ },
  { rule: 'imports better-sqlite3', pattern: /from\s+['"]better-sqlite3['"]/ },
  { rule: 'imports the drizzle schema', pattern: /from\s+['"][./]*\/?db\/schema['"]/ },
];

/**
 * What may use the connection itself: the database's own plumbing (server/db) and the context that
 * builds the repositories over it. (Seeding writes through repositories, so it runs on PostgreSQL too.)
 */
function mayUseConnection(path: string): boolean {
  const rel = relative(SERVER, path);
  return rel.startsWith('db/') || rel === 'context.ts';
}

const CONNECTION_RULES: Array<{ rule: string; pattern: RegExp }> = [
  { rule: 'uses ctx.sqlite', pattern: /\bctx\.sqlite\b/ },
  { rule: 'uses ctx.db', pattern: /\bctx\.db\b/ },
  { rule: 'reaches into ctx.database', pattern: /\bctx\.database\.\w/ },
];

function connectionProblems(source: string): string[] {
  return CONNECTION_RULES.filter(({ pattern }) => pattern.test(source)).map(({ rule }) => rule);
}

const CACHE_RULE = /new\s+WeakMap\s*<\s*(Sqlite|Db|AppContext\[['"](sqlite|db)['"]\]|Database(\.Database)?)\s*,/;

function routeProblems(source: string): string[] {
  return ROUTE_RULES.filter(({ pattern }) => pattern.test(source)).map(({ rule }) => rule);
}

function declaresStatementCache(source: string): boolean {
  return CACHE_RULE.test(source);
}

describe('data access stays in repositories', () => {
  const files = tsFiles(SERVER);

  it('finds the route modules', () => {
    const routes = files.filter(isRouteModule).map((p) => relative(ROOT, p));
    expect(routes).toContain('server/cases/routes.ts');
    expect(routes).toContain('server/auth/password-routes.ts');
    expect(routes).toContain('server/http/contract-route.ts');
    // The customer's projects, and the estimates shown by the deployment and case routes.
    expect(routes).toContain('server/projects/routes.ts');
    expect(routes).toContain('server/deployments/routes.ts');
    expect(routes).toContain('server/assessments/routes.ts');
    expect(routes).toContain('server/alerts/routes.ts');
  });

  it('route modules hold no SQL and reach no connection', () => {
    const offenders = files
      .filter(isRouteModule)
      .flatMap((path) => routeProblems(readFileSync(path, 'utf8')).map((problem) => `${relative(ROOT, path)} ${problem}`));
    expect(offenders).toEqual([]);
  });

  it('domain modules and seeding reach no connection', () => {
    const domain = files.filter((path) => !mayUseConnection(path));
    expect(domain.map((p) => relative(ROOT, p))).toContain('server/estimates/case-times.ts');
    expect(domain.map((p) => relative(ROOT, p))).toContain('server/seed/demo.ts');
    const offenders = domain.flatMap((path) => connectionProblems(readFileSync(path, 'utf8')).map((problem) => `${relative(ROOT, path)} ${problem}`));
    expect(offenders).toEqual([]);
  });

  it('no server module keeps statements per connection in a WeakMap', () => {
    const offenders = files.filter((path) => declaresStatementCache(readFileSync(path, 'utf8'))).map((p) => relative(ROOT, p));
    expect(offenders).toEqual([]);
  });

  it('catches a route with SQL and a module with a statement cache', () => {
    const badRoute = [
      "import { eq } from 'drizzle-orm';",
      "import { users } from '../db/schema';",
      "const row = ctx.sqlite.prepare('SELECT 1').get();",
      'const user = ctx.db.select().from(users).get();',
    ].join('\n');
    expect(routeProblems(badRoute)).toEqual(['prepares a statement', 'uses ctx.sqlite', 'uses ctx.db', 'imports drizzle-orm', 'imports the drizzle schema']);
    expect(routeProblems("import Database from 'better-sqlite3';")).toEqual(['imports better-sqlite3']);
    expect(routeProblems('const page = ctx.repos.outbox.page(query);')).toEqual([]);
    expect(declaresStatementCache('const cache = new WeakMap<Sqlite, Statements>();')).toBe(true);
    expect(declaresStatementCache("const cache = new WeakMap<AppContext['sqlite'], Statements>();")).toBe(true);
    expect(declaresStatementCache('const cache = new WeakMap<FormDefinition, boolean>();')).toBe(false);
    expect(declaresStatementCache('const made = new WeakMap<Sqlite, ProjectRepository>();')).toBe(true);
  });

  it('catches a domain module that writes through the connection', () => {
    expect(connectionProblems('ctx.sqlite.transaction(() => repository.record(entry))();')).toEqual(['uses ctx.sqlite']);
    expect(connectionProblems('const row = ctx.db.select().from(projects).get();')).toEqual(['uses ctx.db']);
    expect(connectionProblems('if (!ctx.sqlite.open) return;')).toEqual(['uses ctx.sqlite']);
    expect(connectionProblems('await ctx.database.pool.query(sql);')).toEqual(['reaches into ctx.database']);
    expect(connectionProblems('if (!isOpen(ctx.database)) return;')).toEqual([]);
  });
});
