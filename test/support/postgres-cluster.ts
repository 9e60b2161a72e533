/**
 * A throwaway PostgreSQL cluster for tests: `initdb` into a temporary folder, the server on a free
 * port of 127.0.0.1 (and a socket in the same folder), removed when stopped. Nothing of the
 * machine's own PostgreSQL service is touched. PostgreSQL refuses to run as root, so under root the
 * cluster runs as the `postgres` user Debian's package creates.
 *
 * `findPostgres()` says whether the binaries are here; where they are not, the suites that need a
 * cluster say so and are skipped (CI installs Debian's `postgresql`, so there they always run).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The folder holding initdb and postgres, or null. */
export function findPostgres(): string | null {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  try {
    const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    return existsSync(join(bin, 'initdb')) ? bin : null;
  } catch {
    return null;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Who runs the cluster: this process's user, or `postgres` when this process is root. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root, PostgreSQL needs a user of its own: create the `postgres` user (Debian’s postgresql package does)');
  }
}

export interface PostgresCluster {
  /** postgres://… of the cluster's `postgres` database, from which databases are made. */
  adminUrl: string;
  /** postgres://… of a new database on the cluster: empty, or a copy of `template` (which nobody may be connected to). */
  createDatabase(name: string, template?: string): Promise<string>;
  stop(): Promise<void>;
}

const PLAIN_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Creates database `name` on the cluster whose `postgres` database `adminUrl` reaches (a copy of
 * `template` when given); answers its URL. Also for processes that only know the cluster's URL.
 */
export async function createDatabaseAt(adminUrl: string, name: string, template?: string): Promise<string> {
  for (const plain of [name, template ?? name]) if (!PLAIN_NAME.test(plain)) throw new Error(`not a plain database name: ${plain}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Copies of one template made at once by several test processes: PostgreSQL refuses a copy while
    // another is being made from the same template ("being accessed by other users"), so wait a moment.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
        break;
      } catch (err) {
        if (!(err instanceof Error && /being accessed by other users/.test(err.message)) || attempt >= 100) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops database `name` of the cluster `adminUrl` reaches, ending any session still on it. */
export async function dropDatabaseAt(adminUrl: string, name: string): Promise<void> {
  if (!PLAIN_NAME.test(name)) throw new Error(`not a plain database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** `settings`: server settings beyond the defaults (e.g. a bench's shared_buffers), as `-c name=value`. */
export async function startPostgresCluster(settings: Record<string, string> = {}): Promise<PostgresCluster> {
  const bin = findPostgres();
  if (!bin) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'kevyt-pg-'));
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }
  const asUser = { ...(user ?? {}), env: { ...process.env, LC_ALL: 'C.UTF-8' } };
  const data = join(dir, 'data');
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'kevyt', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions'], { ...asUser, stdio: 'pipe' });
  const port = await freePort();
  const server: ChildProcess = spawn(
    join(bin, 'postgres'),
    ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    { ...asUser, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));

  const adminUrl = `postgres://kevyt@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (err) {
      await client.end().catch(() => undefined);
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`PostgreSQL did not start: ${String(err)}\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    adminUrl,
    async createDatabase(name, template) {
      return createDatabaseAt(adminUrl, name, template);
    },
    async stop() {
      // SIGINT: PostgreSQL's fast shutdown (ends sessions, no checkpoint wait worth having here).
      server.kill('SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
