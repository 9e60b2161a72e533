/**
 * Global setup of the API suites' PostgreSQL run (the `api-postgres` project): one throwaway cluster
 * for the run, and on it a template database per seed kind ('demo', 'reference') seeded once by the
 * server's own seeding. Each test server then starts on a fresh copy of a template
 * (`CREATE DATABASE … TEMPLATE`, test/support/server.ts), as the SQLite run copies a seeded file.
 */
import type { TestProject } from 'vitest/node';
import { completeConfig, configFromEnv } from '../../server/config';
import { contextOn } from '../../server/context';
import { closeDatabase, openConfiguredDatabase, repositoriesOf } from '../../server/db/database';
import { seedDatabase } from '../../server/seed/seed';
import { startPostgresCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://… of the run's cluster (its `postgres` database); unset = the API suites run on SQLite. */
    postgresAdminUrl: string;
  }
}

/** The template database a test server of `seed` kind is copied from. */
export function templateDatabase(seed: 'demo' | 'reference'): string {
  return `kevyt_template_${seed}`;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster();
  try {
    for (const seed of ['demo', 'reference'] as const) {
      const databaseUrl = await cluster.createDatabase(templateDatabase(seed));
      const database = await openConfiguredDatabase({ databasePath: '', databaseUrl });
      const repos = repositoriesOf(database);
      const config = await completeConfig({ ...configFromEnv({}), databaseUrl }, repos.settings);
      await seedDatabase(contextOn(database, repos, config), seed);
      // A template may be copied only while nobody is connected to it.
      await closeDatabase(database);
    }
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  project.provide('postgresAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
