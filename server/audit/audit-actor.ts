/** Who did something the audit log records. */
export type AuditActor =
  | { kind: 'staff'; userId: number; email: string }
  | { kind: 'customer'; email: string }
  /** A strongly identified person, by their key (server/identification/person-key.ts), never the henkilötunnus. */
  | { kind: 'person'; personKey: string }
  | { kind: 'system' }
  /** An authority's case-management system, by the public id of its API key (server/integration). */
  | { kind: 'apiKey'; keyId: string };
