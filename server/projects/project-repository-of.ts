/**
 * The project repository of an app context, made once per database connection (its statements
 * prepared once). The one place that builds it: when the context carries every area's repository
 * (`ctx.repos`), this is where `ctx.repos.projects` takes over.
 */
import type { AppContext } from '../context';
import type { Sqlite } from '../db/connection';
import type { ProjectRepository } from './project-repository';
import { createSqliteProjectRepository } from './sqlite-project-repository';

const made = new WeakMap<Sqlite, ProjectRepository>();

export function projectRepositoryOf(ctx: Pick<AppContext, 'sqlite'>): ProjectRepository {
  let repo = made.get(ctx.sqlite);
  if (!repo) {
    repo = createSqliteProjectRepository(ctx.sqlite);
    made.set(ctx.sqlite, repo);
  }
  return repo;
}
