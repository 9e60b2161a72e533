/** Whom a strongly identified person acts for in a session: a company, or (no row) themselves. */
export interface ActingForChoice {
  businessId: string;
  /** The company's name as the mandates source gave it when chosen. */
  name: string;
  chosenAt: string;
}

export interface ActingForRepository {
  /** The session's choice; undefined: the person acts for themselves. */
  of(sessionId: string): Promise<ActingForChoice | undefined>;
  /** Keeps the session's choice, replacing an earlier one. */
  choose(sessionId: string, choice: ActingForChoice): Promise<void>;
  /** Back to acting for oneself. */
  clear(sessionId: string): Promise<void>;
}
