/**
 * Mandates (Suomi.fi-valtuudet): which companies a strongly identified person may act for, and
 * whether a mandate holds now. One interface, two sources: the Suomi.fi mandates service's REST API
 * (suomifi-mandates.ts) and the local test provider's companies (test-company-mandates.ts), chosen
 * by configuration (mandates-config.ts). The rules on the answers live in permissions/acting-for.ts.
 */
import type { MandateStanding } from '../../permissions/acting-for';

/** A company a person may act for: its Y-tunnus and name as the source gives them. */
export interface Company {
  businessId: string;
  name: string;
}

/** Whom the source is asked about: the person's henkilötunnus (never leaves the server but to the source). */
export interface MandatePerson {
  personalId: string;
}

/** Whether a person's mandate for a company holds now, and if not, whether one has ended (permissions/acting-for.ts). */
export type { MandateStanding } from '../../permissions/acting-for';

export interface Mandates {
  /** Which source answers: for the audit log and the API's answers. */
  readonly source: 'test' | 'suomifi';
  /** The companies the person holds a mandate for now, by name. */
  companiesOf(person: MandatePerson): Promise<Company[]>;
  /** Whether the person's mandate for `businessId` holds now. */
  check(person: MandatePerson, businessId: string): Promise<MandateStanding>;
}

/** The source could not be asked (down, refused our credentials, answered nonsense). */
export class MandatesUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MandatesUnavailable';
  }
}
