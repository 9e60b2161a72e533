/**
 * One sentence per pack change, in Finnish, Swedish or English, naming things by their label in
 * that language (falling back to another language, then to the id). Sentences do not repeat the
 * service: a diff view groups changes under their service's name.
 */
import type { ElementKind, Lang, LocalizedText } from '../format/types';
import { localize } from '../format/localize';
import type { ConditionView, ElementLocation, ElementRef, PackChange, SettingValue, TextChange } from './pack-change';

type Words = Record<Lang, string>;

const MAX_QUOTE = 80;

function quote(text: string, lang: Lang): string {
  const short = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text;
  // Finnish and Swedish typography quote with ” on both sides.
  return lang === 'en' ? `“${short}”` : `”${short}”`;
}

function named(text: LocalizedText | undefined, fallback: string, lang: Lang): string {
  return quote(localize(text, lang) || fallback, lang);
}

const LANGUAGE_ADJECTIVE: Record<Lang, Words> = {
  fi: { fi: 'suomenkielinen', sv: 'ruotsinkielinen', en: 'englanninkielinen' },
  sv: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  en: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
};

const KIND_NAMES: Record<ElementKind, Words> = {
  text: { fi: 'lyhyt teksti', sv: 'kort text', en: 'short text' },
  textarea: { fi: 'pitkä teksti', sv: 'lång text', en: 'long text' },
  number: { fi: 'numero', sv: 'nummer', en: 'number' },
  email: { fi: 'sähköposti', sv: 'e-post', en: 'email' },
  phone: { fi: 'puhelinnumero', sv: 'telefonnummer', en: 'phone number' },
  date: { fi: 'päivämäärä', sv: 'datum', en: 'date' },
  time: { fi: 'kellonaika', sv: 'klockslag', en: 'time of day' },
  dateRange: { fi: 'aikaväli', sv: 'tidsperiod', en: 'date range' },
  choice: { fi: 'yksi valinta', sv: 'ett val', en: 'single choice' },
  multiChoice: { fi: 'monivalinta', sv: 'flerval', en: 'multiple choice' },
  yesNo: { fi: 'kyllä/ei', sv: 'ja/nej', en: 'yes/no' },
  businessId: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'business ID' },
  personalId: { fi: 'henkilötunnus', sv: 'personbeteckning', en: 'personal identity code' },
  postalCode: { fi: 'postinumero', sv: 'postnummer', en: 'postal code' },
  address: { fi: 'osoite', sv: 'adress', en: 'address' },
  municipality: { fi: 'kunta', sv: 'kommun', en: 'municipality' },
  attachment: { fi: 'liite', sv: 'bilaga', en: 'attachment' },
  info: { fi: 'ohjeteksti', sv: 'infotext', en: 'info text' },
  section: { fi: 'osio', sv: 'avsnitt', en: 'section' },
  group: { fi: 'toistuva ryhmä', sv: 'upprepad grupp', en: 'repeating group' },
};

/** "Kenttä ”Järjestäjän nimi”", "Fältet ”Arrangörens namn”", "Field “Organiser's name”". */
function elementSubject(ref: Pick<ElementRef, 'elementKind' | 'elementLabel' | 'key'>, lang: Lang): string {
  const name = named(ref.elementLabel, ref.key, lang);
  const noun: Words =
    ref.elementKind === 'section'
      ? { fi: 'Osio', sv: 'Avsnittet', en: 'Section' }
      : ref.elementKind === 'group'
        ? { fi: 'Toistuva ryhmä', sv: 'Den upprepade gruppen', en: 'Repeating group' }
        : ref.elementKind === 'info'
          ? { fi: 'Ohjeteksti', sv: 'Infotexten', en: 'Info text' }
          : { fi: 'Kenttä', sv: 'Fältet', en: 'Field' };
  return `${noun[lang]} ${name}`;
}

function location(at: ElementLocation, lang: Lang): string {
  const page = `${{ fi: 'sivu', sv: 'sida', en: 'page' }[lang]} ${named(at.pageTitle, at.pageId, lang)}`;
  if (!at.parent) return page;
  const parentNoun = at.parent.kind === 'group' ? KIND_NAMES.group[lang] : KIND_NAMES.section[lang];
  return `${page}, ${parentNoun} ${named(at.parent.label, at.parent.key, lang)}`;
}

const TEXT_NAMES: Record<string, Words> = {
  label: { fi: 'otsikko', sv: 'rubriken', en: 'label' },
  help: { fi: 'ohjeteksti', sv: 'hjälptexten', en: 'help text' },
  text: { fi: 'teksti', sv: 'texten', en: 'text' },
  patternMessage: { fi: 'muotovirheen viesti', sv: 'felmeddelandet för formatet', en: 'format error message' },
  itemLabel: { fi: 'rivin nimi', sv: 'namnet på en rad', en: 'item label' },
  name: { fi: 'nimi', sv: 'namnet', en: 'name' },
  description: { fi: 'kuvaus', sv: 'beskrivningen', en: 'description' },
  title: { fi: 'otsikko', sv: 'rubriken', en: 'title' },
  customerAlert: { fi: 'heräteteksti asiakkaalle', sv: 'aviseringen till kunden', en: 'customer alert' },
  option: { fi: 'teksti', sv: 'texten', en: 'text' },
};

/** "ruotsinkielinen otsikko muuttui ”A” → ”B”" and its Swedish and English forms. */
function textPhrase(property: string, change: TextChange, lang: Lang): string {
  const what = TEXT_NAMES[property]?.[lang] ?? property;
  const language = LANGUAGE_ADJECTIVE[lang][change.lang];
  const before = change.before !== undefined ? quote(change.before, lang) : '';
  const after = change.after !== undefined ? quote(change.after, lang) : '';
  if (lang === 'fi') {
    if (!change.before) return `${language} ${what} lisättiin (${after})`;
    if (!change.after) return `${language} ${what} poistettiin (oli ${before})`;
    return `${language} ${what} muuttui ${before} → ${after}`;
  }
  if (lang === 'sv') {
    if (!change.before) return `${what} ${language} lades till (${after})`;
    if (!change.after) return `${what} ${language} togs bort (var ${before})`;
    return `${what} ${language} ändrades ${before} → ${after}`;
  }
  if (!change.before) return `the ${language} ${what} was added (${after})`;
  if (!change.after) return `the ${language} ${what} was removed (was ${before})`;
  return `the ${language} ${what} changed from ${before} to ${after}`;
}

const SETTING_NAMES: Record<string, Words> = {
  minLength: { fi: 'vähimmäispituus', sv: 'minsta längd', en: 'minimum length' },
  maxLength: { fi: 'enimmäispituus', sv: 'största längd', en: 'maximum length' },
  pattern: { fi: 'sallittu muoto', sv: 'tillåtet format', en: 'pattern' },
  min: { fi: 'pienin sallittu arvo', sv: 'minsta tillåtna värde', en: 'minimum' },
  max: { fi: 'suurin sallittu arvo', sv: 'största tillåtna värde', en: 'maximum' },
  integer: { fi: 'vain kokonaisluvut', sv: 'endast heltal', en: 'whole numbers only' },
  minItems: { fi: 'vähimmäismäärä', sv: 'minsta antal', en: 'minimum count' },
  maxItems: { fi: 'enimmäismäärä', sv: 'högsta antal', en: 'maximum count' },
  maxFiles: { fi: 'tiedostojen enimmäismäärä', sv: 'högsta antal filer', en: 'maximum number of files' },
  maxSizeMb: { fi: 'tiedoston enimmäiskoko (Mt)', sv: 'största filstorlek (MB)', en: 'maximum file size (MB)' },
  accept: { fi: 'sallitut tiedostotyypit', sv: 'tillåtna filtyper', en: 'allowed file types' },
  display: { fi: 'näyttötapa', sv: 'visningssätt', en: 'display' },
};

const DISPLAY_NAMES: Record<string, Words> = {
  radio: { fi: 'valintanapit', sv: 'alternativknappar', en: 'radio buttons' },
  select: { fi: 'pudotusvalikko', sv: 'rullgardinsmeny', en: 'drop-down list' },
};

function settingValue(value: SettingValue, lang: Lang): string {
  if (value === undefined) return { fi: 'ei asetettu', sv: 'inte angivet', en: 'not set' }[lang];
  if (typeof value === 'boolean') return { fi: value ? 'kyllä' : 'ei', sv: value ? 'ja' : 'nej', en: value ? 'yes' : 'no' }[lang];
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string') return DISPLAY_NAMES[value]?.[lang] ?? value;
  return String(value);
}

function conditionPhrase(view: ConditionView | undefined, lang: Lang): string {
  if (!view) return { fi: 'aina', sv: 'alltid', en: 'always' }[lang];
  const field = named(view.fieldLabel, view.condition.field, lang);
  const values = view.valueLabels.map((v) => named(v, '', lang)).join(', ');
  switch (view.condition.op) {
    case 'equals':
      return { fi: `kun ${field} on ${values}`, sv: `när ${field} är ${values}`, en: `when ${field} is ${values}` }[lang];
    case 'oneOf':
      return {
        fi: `kun ${field} on jokin seuraavista: ${values}`,
        sv: `när ${field} är något av: ${values}`,
        en: `when ${field} is one of ${values}`,
      }[lang];
    case 'atLeast':
      return { fi: `kun ${field} on vähintään ${values}`, sv: `när ${field} är minst ${values}`, en: `when ${field} is at least ${values}` }[lang];
    case 'atMost':
      return { fi: `kun ${field} on enintään ${values}`, sv: `när ${field} är högst ${values}`, en: `when ${field} is at most ${values}` }[lang];
    case 'above':
      return { fi: `kun ${field} on yli ${values}`, sv: `när ${field} är över ${values}`, en: `when ${field} is above ${values}` }[lang];
    case 'below':
      return { fi: `kun ${field} on alle ${values}`, sv: `när ${field} är under ${values}`, en: `when ${field} is below ${values}` }[lang];
    case 'answered':
      return { fi: `kun ${field} on vastattu`, sv: `när ${field} är besvarad`, en: `when ${field} is answered` }[lang];
  }
}

function conditionSentence(subject: string, before: ConditionView | undefined, after: ConditionView | undefined, lang: Lang) {
  const was = conditionPhrase(before, lang);
  const is = conditionPhrase(after, lang);
  return {
    fi: `${subject}: näytetään nyt ${is} (aiemmin ${was}).`,
    sv: `${subject}: visas nu ${is} (tidigare ${was}).`,
    en: after ? `${subject}: now shown ${is} (before: ${was}).` : `${subject}: now always shown (before: ${was}).`,
  }[lang];
}

const ROLE_NAMES: Record<string, Words> = {
  handler: { fi: 'käsittelijä', sv: 'handläggare', en: 'handler' },
  customer: { fi: 'asiakas', sv: 'kund', en: 'customer' },
};
const SERVICE_KIND_NAMES: Record<string, Words> = {
  application: { fi: 'hakemus', sv: 'ansökan', en: 'application' },
  notification: { fi: 'ilmoitus', sv: 'anmälan', en: 'notification' },
};
const AUTHORITY_KIND_NAMES: Record<string, Words> = {
  municipality: { fi: 'kunta', sv: 'kommun', en: 'municipality' },
  rescue: { fi: 'pelastuslaitos', sv: 'räddningsverk', en: 'rescue department' },
  police: { fi: 'poliisilaitos', sv: 'polisinrättning', en: 'police department' },
  wellbeing: { fi: 'hyvinvointialue', sv: 'välfärdsområde', en: 'wellbeing services county' },
  national: { fi: 'valtakunnallinen virasto', sv: 'nationell myndighet', en: 'national agency' },
};

function list(values: string[], names: Record<string, Words>, lang: Lang): string {
  return values.length === 0 ? '–' : values.map((v) => names[v]?.[lang] ?? v).join(', ');
}

function stateList(ids: string[], labels: Record<string, LocalizedText>, lang: Lang): string {
  return ids.map((id) => named(labels[id], id, lang)).join(', ');
}

function pick(lang: Lang, words: Words): string {
  return words[lang];
}

export function describeChange(change: PackChange, lang: Lang): string {
  switch (change.type) {
    case 'packText': {
      const subject = pick(lang, { fi: 'Lomakepaketti', sv: 'Formulärpaketet', en: 'Form pack' });
      return `${subject}: ${textPhrase(change.property, change, lang)}.`;
    }
    case 'serviceAdded':
    case 'serviceRemoved': {
      const name = named(change.serviceName, change.serviceId, lang);
      return change.type === 'serviceAdded'
        ? pick(lang, { fi: `Asiointi ${name} lisättiin.`, sv: `E-tjänsten ${name} lades till.`, en: `Added service ${name}.` })
        : pick(lang, { fi: `Asiointi ${name} poistettiin.`, sv: `E-tjänsten ${name} togs bort.`, en: `Removed service ${name}.` });
    }
    case 'serviceText':
    case 'serviceKind':
    case 'serviceAuthorityKind':
    case 'serviceTopics': {
      const name = named(change.serviceName, change.serviceId, lang);
      const subject = pick(lang, { fi: `Asiointi ${name}`, sv: `E-tjänsten ${name}`, en: `Service ${name}` });
      if (change.type === 'serviceText') return `${subject}: ${textPhrase(change.property, change, lang)}.`;
      const [what, before, after] =
        change.type === 'serviceKind'
          ? [
              pick(lang, { fi: 'tyyppi', sv: 'typ', en: 'kind' }),
              list([change.before], SERVICE_KIND_NAMES, lang),
              list([change.after], SERVICE_KIND_NAMES, lang),
            ]
          : change.type === 'serviceAuthorityKind'
            ? [
                pick(lang, { fi: 'käsittelevä viranomainen', sv: 'handläggande myndighet', en: 'handling authority' }),
                list([change.before], AUTHORITY_KIND_NAMES, lang),
                list([change.after], AUTHORITY_KIND_NAMES, lang),
              ]
            : [pick(lang, { fi: 'aihealueet', sv: 'ämnesområden', en: 'topics' }), change.before.join(', '), change.after.join(', ')];
      return changedFromTo(subject, what, before, after, lang, change.type === 'serviceTopics');
    }
    case 'pageAdded':
    case 'pageRemoved':
    case 'pageMoved':
    case 'pageTitle':
    case 'pageCondition': {
      const name = named(change.pageTitle, change.pageId, lang);
      const subject = pick(lang, { fi: `Sivu ${name}`, sv: `Sidan ${name}`, en: `Page ${name}` });
      switch (change.type) {
        case 'pageAdded':
          return pick(lang, {
            fi: `${subject} lisättiin kohtaan ${change.index + 1}.`,
            sv: `${subject} lades till som nummer ${change.index + 1}.`,
            en: `Added page ${name} at position ${change.index + 1}.`,
          });
        case 'pageRemoved':
          return pick(lang, { fi: `${subject} poistettiin.`, sv: `${subject} togs bort.`, en: `Removed page ${name}.` });
        case 'pageMoved':
          // Its number can stay the same when the pages around it were reordered.
          if (change.fromIndex === change.toIndex) {
            return pick(lang, {
              fi: `${subject} siirrettiin toiseen kohtaan (nyt ${change.toIndex + 1}. sivu).`,
              sv: `${subject} flyttades till en annan plats (nu sida ${change.toIndex + 1}).`,
              en: `Moved page ${name} to another place (now page ${change.toIndex + 1}).`,
            });
          }
          return pick(lang, {
            fi: `${subject} siirrettiin kohdasta ${change.fromIndex + 1} kohtaan ${change.toIndex + 1}.`,
            sv: `${subject} flyttades från plats ${change.fromIndex + 1} till plats ${change.toIndex + 1}.`,
            en: `Moved page ${name} from position ${change.fromIndex + 1} to ${change.toIndex + 1}.`,
          });
        case 'pageTitle':
          return `${subject}: ${textPhrase('title', change, lang)}.`;
        default:
          return conditionSentence(subject, change.before, change.after, lang);
      }
    }
    case 'elementAdded':
      return pick(lang, {
        fi: `${elementSubject(change, lang)} lisättiin (${location(change.at, lang)}).`,
        sv: `${elementSubject(change, lang)} lades till (${location(change.at, lang)}).`,
        en: `Added ${lowerFirst(elementSubject(change, lang))} (${location(change.at, lang)}).`,
      });
    case 'elementRemoved':
      return pick(lang, {
        fi: `${elementSubject(change, lang)} poistettiin (${location(change.at, lang)}).`,
        sv: `${elementSubject(change, lang)} togs bort (${location(change.at, lang)}).`,
        en: `Removed ${lowerFirst(elementSubject(change, lang))} (${location(change.at, lang)}).`,
      });
    case 'elementMoved': {
      const subject = elementSubject(change, lang);
      const from = location(change.from, lang);
      const to = location(change.to, lang);
      if (from === to) {
        return pick(lang, {
          fi: `${subject} siirrettiin toiseen kohtaan (${to}).`,
          sv: `${subject} flyttades till en annan plats (${to}).`,
          en: `Moved ${lowerFirst(subject)} to another position (${to}).`,
        });
      }
      return pick(lang, {
        fi: `${subject} siirrettiin: ${from} → ${to}.`,
        sv: `${subject} flyttades: ${from} → ${to}.`,
        en: `Moved ${lowerFirst(subject)}: ${from} → ${to}.`,
      });
    }
    case 'elementText':
      return `${elementSubject(change, lang)}: ${textPhrase(change.property, change, lang)}.`;
    case 'elementRequired':
      return `${elementSubject(change, lang)}: ${
        change.after
          ? pick(lang, { fi: 'nyt pakollinen', sv: 'nu obligatorisk uppgift', en: 'now required' })
          : pick(lang, { fi: 'ei enää pakollinen', sv: 'inte längre obligatorisk uppgift', en: 'no longer required' })
      }.`;
    case 'elementKind':
      return changedFromTo(
        elementSubject(change, lang),
        pick(lang, { fi: 'tyyppi', sv: 'typ', en: 'type' }),
        KIND_NAMES[change.before][lang],
        KIND_NAMES[change.after][lang],
        lang,
      );
    case 'elementKey':
      return changedFromTo(
        elementSubject(change, lang),
        pick(lang, { fi: 'tietoavain', sv: 'datanyckel', en: 'data key' }),
        change.before,
        change.after,
        lang,
      );
    case 'elementSetting':
      return changedFromTo(
        elementSubject(change, lang),
        SETTING_NAMES[change.property]?.[lang] ?? change.property,
        settingValue(change.before, lang),
        settingValue(change.after, lang),
        lang,
      );
    case 'elementCondition':
      return conditionSentence(elementSubject(change, lang), change.before, change.after, lang);
    case 'optionAdded':
    case 'optionRemoved':
    case 'optionText':
    case 'optionsReordered': {
      const subject = elementSubject(change, lang);
      if (change.type === 'optionsReordered') {
        return `${subject}: ${pick(lang, {
          fi: 'vaihtoehtojen järjestys muuttui',
          sv: 'alternativens ordning ändrades',
          en: 'the order of the options changed',
        })}.`;
      }
      const option = named(change.optionLabel, change.value, lang);
      if (change.type === 'optionAdded') {
        return `${subject}: ${pick(lang, { fi: `uusi vaihtoehto ${option}`, sv: `nytt alternativ ${option}`, en: `new option ${option}` })}.`;
      }
      if (change.type === 'optionRemoved') {
        return `${subject}: ${pick(lang, {
          fi: `vaihtoehto ${option} poistettiin`,
          sv: `alternativet ${option} togs bort`,
          en: `option ${option} was removed`,
        })}.`;
      }
      const prefix = pick(lang, { fi: `vaihtoehdon ${option}`, sv: `för alternativet ${option}`, en: `of option ${option}` });
      const phrase = textPhrase('option', change, lang);
      // Place "of option X" after the noun in each language.
      if (lang === 'fi') return `${subject}: ${prefix} ${phrase}.`;
      if (lang === 'sv') return `${subject}: ${phrase.replace(/^(texten på \S+)/, `$1 ${prefix}`)}.`;
      return `${subject}: ${phrase.replace(/^(the \S+ text)/, `$1 ${prefix}`)}.`;
    }
    case 'stateAdded':
    case 'stateRemoved':
    case 'stateText':
    case 'stateFlag': {
      const name = `${named(change.stateLabel, change.stateId, lang)} (${change.stateId})`;
      const subject = pick(lang, { fi: `Tila ${name}`, sv: `Statusen ${name}`, en: `Status ${name}` });
      if (change.type === 'stateAdded') {
        return pick(lang, { fi: `${subject} lisättiin.`, sv: `${subject} lades till.`, en: `Added status ${name}.` });
      }
      if (change.type === 'stateRemoved') {
        return pick(lang, { fi: `${subject} poistettiin.`, sv: `${subject} togs bort.`, en: `Removed status ${name}.` });
      }
      if (change.type === 'stateText') return `${subject}: ${textPhrase('name', change, lang)}.`;
      const flags: Record<typeof change.property, [Words, Words]> = {
        customerVisible: [
          { fi: 'näkyy nyt asiakkaalle', sv: 'syns nu för kunden', en: 'now visible to the customer' },
          { fi: 'ei enää näy asiakkaalle', sv: 'syns inte längre för kunden', en: 'no longer visible to the customer' },
        ],
        initial: [
          { fi: 'on nyt alkutila', sv: 'är nu startstatus', en: 'now the initial status' },
          { fi: 'ei ole enää alkutila', sv: 'är inte längre startstatus', en: 'no longer the initial status' },
        ],
        final: [
          { fi: 'on nyt lopputila', sv: 'är nu slutstatus', en: 'now a final status' },
          { fi: 'ei ole enää lopputila', sv: 'är inte längre slutstatus', en: 'no longer a final status' },
        ],
      };
      return `${subject}: ${flags[change.property][change.after ? 0 : 1][lang]}.`;
    }
    default: {
      const name = `${named(change.transitionLabel, change.event, lang)} (${change.event})`;
      const subject = pick(lang, { fi: `Siirtymä ${name}`, sv: `Övergången ${name}`, en: `Transition ${name}` });
      switch (change.type) {
        case 'transitionAdded':
        case 'transitionRemoved': {
          const path = `${stateList(change.from, change.stateLabels, lang)} → ${stateList([change.to], change.stateLabels, lang)}`;
          return change.type === 'transitionAdded'
            ? pick(lang, { fi: `${subject} lisättiin: ${path}.`, sv: `${subject} lades till: ${path}.`, en: `Added transition ${name}: ${path}.` })
            : pick(lang, { fi: `${subject} poistettiin: ${path}.`, sv: `${subject} togs bort: ${path}.`, en: `Removed transition ${name}: ${path}.` });
        }
        case 'transitionText':
          return `${subject}: ${textPhrase(change.property === 'label' ? 'name' : 'customerAlert', change, lang)}.`;
        case 'transitionStates':
          return changedFromTo(
            subject,
            change.property === 'from'
              ? pick(lang, { fi: 'lähtötilat', sv: 'utgångsstatusar', en: 'starting statuses' })
              : pick(lang, { fi: 'kohdetila', sv: 'målstatus', en: 'target status' }),
            stateList(change.before, change.stateLabels, lang),
            stateList(change.after, change.stateLabels, lang),
            lang,
            change.property === 'from',
          );
        case 'transitionRoles':
          return changedFromTo(
            subject,
            pick(lang, { fi: 'sallitut roolit', sv: 'tillåtna roller', en: 'allowed roles' }),
            list(change.before, ROLE_NAMES, lang),
            list(change.after, ROLE_NAMES, lang),
            lang,
            true,
          );
        default:
          return `${subject}: ${
            change.after
              ? pick(lang, { fi: 'vaatii nyt kommentin', sv: 'kräver nu en kommentar', en: 'now requires a comment' })
              : pick(lang, { fi: 'ei enää vaadi kommenttia', sv: 'kräver inte längre en kommentar', en: 'no longer requires a comment' })
          }.`;
      }
    }
  }
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** `plural`: Finnish verb agreement for plural subjects ("roolit muuttuivat"). */
function changedFromTo(subject: string, what: string, before: string, after: string, lang: Lang, plural = false): string {
  return {
    fi: `${subject}: ${what} ${plural ? 'muuttuivat' : 'muuttui'} ${before} → ${after}.`,
    sv: `${subject}: ${what} ändrades ${before} → ${after}.`,
    en: `${subject}: ${what} changed from ${before} to ${after}.`,
  }[lang];
}
