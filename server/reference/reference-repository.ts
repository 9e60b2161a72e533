/** Where the reference data is kept: municipalities, authorities with their areas, topics. */
import type { AuthorityKind } from '../../form-library/format/types';
import type { MunicipalityLanguages } from '../db/schema';

export type { MunicipalityLanguages };

export interface MunicipalityRow {
  code: string;
  nameFi: string;
  nameSv: string;
  languages: MunicipalityLanguages;
  regionCode: string;
}

export interface AuthorityRow {
  id: string;
  kind: AuthorityKind;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export interface TopicRow {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

/** A municipality named in the two official languages. */
export interface Place {
  code: string;
  fi: string;
  sv: string;
}

export interface ReferenceRepository {
  /** Every municipality, by code. */
  municipalities(): Promise<MunicipalityRow[]>;
  /** A municipality's code and names, or null when no municipality has the code. */
  place(code: string): Promise<Place | null>;
  /** The places of these codes (unknown codes are left out). */
  places(codes: readonly string[]): Promise<Place[]>;
  /** Every authority, by id. */
  authorities(): Promise<AuthorityRow[]>;
  authority(id: string): Promise<AuthorityRow | undefined>;
  /** Each authority's area: its municipalities' codes in code order (national authorities have none). */
  areas(): Promise<Map<string, string[]>>;
  /** Every topic, by id. */
  topics(): Promise<TopicRow[]>;
}
