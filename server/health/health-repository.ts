/** What the readiness check asks of the database: that it answers and has every migration applied. */
export interface DatabaseReadiness {
  /** Applied migrations, or null when the database does not answer. */
  appliedMigrations(): Promise<number | null>;
}
