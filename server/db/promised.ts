/**
 * A repository interface with every method answering a Promise. PostgreSQL's driver is asynchronous,
 * so its implementations of the areas' repository interfaces have this shape; once the interfaces
 * themselves answer Promises, `Promised<X>` is `X`.
 */
export type Promised<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K];
};

/**
 * The synchronous face of such an interface: what SQLite's implementations call on each other
 * inside one transaction (better-sqlite3 answers at once, and a transaction cannot span an await).
 */
export type Synchronous<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};
