/** A refused status change as a sentence for a handler or customer, in fi/sv/en. */
import type { Lang } from '../../languages/localized-text';
import type { NextStatusRefusalCode } from './next-status';

export function describeRefusal(
  refusal: { code: NextStatusRefusalCode; allowed: string[]; event: string; status: string },
  lang: Lang,
): string {
  const { event, status } = refusal;
  const allowed = refusal.allowed.join(', ');
  const tail = {
    fi: allowed ? ` Sallitut: ${allowed}.` : ' Mitään siirtymää ei voi nyt tehdä.',
    sv: allowed ? ` Tillåtna: ${allowed}.` : ' Ingen övergång kan göras nu.',
    en: allowed ? ` Allowed: ${allowed}.` : ' No transition can be made now.',
  }[lang];
  switch (refusal.code) {
    case 'unknown_status':
      return {
        fi: `Tilaa ${status} ei ole tässä työnkulussa.`,
        sv: `Tillståndet ${status} finns inte i detta arbetsflöde.`,
        en: `Status ${status} is not part of this workflow.`,
      }[lang];
    case 'forbidden_role':
      return {
        fi: `Sinulla ei ole oikeutta tehdä siirtymää ${event} tilassa ${status}.`,
        sv: `Du har inte rätt att utföra övergången ${event} i tillståndet ${status}.`,
        en: `You may not fire ${event} in status ${status}.`,
      }[lang] + tail;
    case 'comment_required':
      return {
        fi: `Siirtymä ${event} vaatii kommentin.`,
        sv: `Övergången ${event} kräver en kommentar.`,
        en: `${event} requires a comment.`,
      }[lang];
    default:
      return {
        fi: `Siirtymää ${event} ei voi tehdä tilassa ${status}.`,
        sv: `Övergången ${event} kan inte göras i tillståndet ${status}.`,
        en: `${event} cannot be fired in status ${status}.`,
      }[lang] + tail;
  }
}
