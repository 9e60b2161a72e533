/**
 * Field messages the server adds to a submission's own (form-library) messages: the municipality
 * and the attachments, which only the server can check. In the customer's language.
 */
import type { Lang } from '../../form-library/format/types';
import { fillPlaceholders } from '../../form-library/text/fill-placeholders';

type Params = Record<string, string | number>;

const MESSAGES = {
  municipalityNotServed: {
    fi: 'Tätä asiointia ei tarjota valitussa kunnassa ({code}).',
    sv: 'Denna e-tjänst erbjuds inte i den valda kommunen ({code}).',
    en: 'This e-service is not offered in the chosen municipality ({code}).',
  },
  attachmentMissing: {
    fi: 'Liitettä ei löydy. Lisää tiedosto uudelleen.',
    sv: 'Bilagan hittas inte. Lägg till filen på nytt.',
    en: 'The attachment was not found. Add the file again.',
  },
  attachmentTaken: {
    fi: 'Liite kuuluu jo toiseen asiointiin. Lisää tiedosto uudelleen.',
    sv: 'Bilagan hör redan till ett annat ärende. Lägg till filen på nytt.',
    en: 'The attachment already belongs to another submission. Add the file again.',
  },
  attachmentType: {
    fi: 'Tiedosto {name} ei ole sallittua tyyppiä.',
    sv: 'Filen {name} är inte av en tillåten typ.',
    en: 'The file {name} is not of an allowed type.',
  },
  attachmentSize: {
    fi: 'Tiedosto {name} on suurempi kuin {max} Mt.',
    sv: 'Filen {name} är större än {max} MB.',
    en: 'The file {name} is larger than {max} MB.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type SubmissionMessageId = keyof typeof MESSAGES;

export function submissionMessage(id: SubmissionMessageId, lang: Lang, params: Params = {}): string {
  return fillPlaceholders(MESSAGES[id][lang], params);
}
