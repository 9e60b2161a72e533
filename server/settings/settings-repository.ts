/** Instance-wide values kept with the data (`settings`): the generated session, CSRF and person-key secrets. */
export interface SettingsRepository {
  /**
   * The value under `key`; when there is none, `create()` is stored and answered. Instances starting
   * at once on one database all answer the value the first of them stored.
   */
  valueOrCreate(key: string, create: () => string): Promise<string>;
}
