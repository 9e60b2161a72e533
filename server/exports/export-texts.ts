/** Texts and formats of the exported PDF and CSV, in the handler's language. */
import type { Lang } from '../../form-library/format/types';

export const EXPORT_TEXTS = {
  fi: {
    reference: 'Viite', packVersion: 'Lomakepaketin versio', service: 'Asiointi', authority: 'Viranomainen',
    municipality: 'Kunta', status: 'Tila', submitted: 'Lähetetty', customer: 'Asiakas', email: 'Sähköposti',
    phone: 'Puhelin', answers: 'Vastaukset', attachments: 'Liitteet', history: 'Käsittelyhistoria',
    title: 'Hakemus', exported: 'Tulostettu', internal: 'sisäinen, ei näy asiakkaalle', noAnswer: '—',
    kind_submitted: 'Lähetetty', kind_status: 'Tilan muutos', kind_note: 'Muistiinpano', kind_message: 'Viesti',
    kind_supplement: 'Täydennys', kind_assignment: 'Käsittelijä', page: 'Sivu',
  },
  sv: {
    reference: 'Referens', packVersion: 'Formulärpaketets version', service: 'E-tjänst', authority: 'Myndighet',
    municipality: 'Kommun', status: 'Status', submitted: 'Skickad', customer: 'Kund', email: 'E-post',
    phone: 'Telefon', answers: 'Svar', attachments: 'Bilagor', history: 'Behandlingshistorik',
    title: 'Ansökan', exported: 'Utskriven', internal: 'intern, visas inte för kunden', noAnswer: '—',
    kind_submitted: 'Skickad', kind_status: 'Statusändring', kind_note: 'Anteckning', kind_message: 'Meddelande',
    kind_supplement: 'Komplettering', kind_assignment: 'Handläggare', page: 'Sida',
  },
  en: {
    reference: 'Reference', packVersion: 'Pack version', service: 'Service', authority: 'Authority',
    municipality: 'Municipality', status: 'Status', submitted: 'Submitted', customer: 'Customer', email: 'Email',
    phone: 'Phone', answers: 'Answers', attachments: 'Attachments', history: 'History',
    title: 'Submission', exported: 'Exported', internal: 'internal, never shown to the customer', noAnswer: '—',
    kind_submitted: 'Submitted', kind_status: 'Status change', kind_note: 'Note', kind_message: 'Message',
    kind_supplement: 'Supplement', kind_assignment: 'Assignment', page: 'Page',
  },
} satisfies Record<Lang, Record<string, string>>;

export type ExportTexts = (typeof EXPORT_TEXTS)['fi'];

/** A timestamp in Finnish time as 'D.M.YYYY HH:MM', which Finnish and Swedish Excel both read as a date. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${Number(get('day'))}.${Number(get('month'))}.${get('year')} ${get('hour')}:${get('minute')}`;
}
