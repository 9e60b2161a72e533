/** Who did something the audit log records. */
export type AuditActor =
  | { kind: 'staff'; userId: number; email: string }
  | { kind: 'customer'; email: string }
  | { kind: 'system' };
