/** One sentence per problem, in the designer's language. */
import type { Lang } from '../format/types';
import { localize } from '../format/localize';
import type { FormProblem, FormProblemCode, TextRole } from './form-problem';
import { fillPlaceholders } from '../text/fill-placeholders';

/** "in Swedish" in each reader's language: LANG_NAMES[reader][missing]. */
export const LANG_NAMES: Record<Lang, Record<Lang, string>> = {
  fi: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
  sv: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  en: { fi: 'in Finnish', sv: 'in Swedish', en: 'in English' },
};

const ROLES: Record<TextRole, Record<Lang, string>> = {
  label: { fi: 'Otsikko', sv: 'Rubriken', en: 'The label' },
  help: { fi: 'Ohjeteksti', sv: 'Hjälptexten', en: 'The help text' },
  title: { fi: 'Sivun otsikko', sv: 'Sidans rubrik', en: 'The page title' },
  text: { fi: 'Teksti', sv: 'Texten', en: 'The text' },
  option: { fi: 'Vaihtoehdon nimi', sv: 'Alternativets namn', en: 'The option label' },
  patternMessage: { fi: 'Muotovirheen ilmoitus', sv: 'Meddelandet om fel format', en: 'The format error message' },
  itemLabel: { fi: 'Toistuvan kohteen nimi', sv: 'Namnet på det upprepade objektet', en: 'The item label' },
  name: { fi: 'Nimi', sv: 'Namnet', en: 'The name' },
  description: { fi: 'Kuvaus', sv: 'Beskrivningen', en: 'The description' },
  stateLabel: { fi: 'Tilan nimi', sv: 'Statusens namn', en: 'The status label' },
  transitionLabel: { fi: 'Siirtymän nimi', sv: 'Övergångens namn', en: 'The transition label' },
  customerAlert: { fi: 'Asiakkaalle lähtevän herätteen teksti', sv: 'Texten i aviseringen till kunden', en: 'The text of the customer alert' },
};

const SENTENCES: Record<FormProblemCode, Record<Lang, string>> = {
  missingTranslation: {
    fi: '{role} puuttuu {lang}: "{name}".',
    sv: '{role} saknas {lang}: "{name}".',
    en: '{role} is missing {lang}: "{name}".',
  },
  duplicateKey: {
    fi: 'Kentän "{name}" tunnus "{key}" on jo toisen kentän käytössä. Jokaisella kentällä on oltava oma tunnus.',
    sv: 'Nyckeln "{key}" för fältet "{name}" används redan av ett annat fält. Varje fält behöver en egen nyckel.',
    en: 'The key "{key}" of "{name}" is already used by another field. Every field needs its own key.',
  },
  invalidKey: {
    fi: 'Kentän "{name}" tunnus "{key}" ei kelpaa: aloita kirjaimella ja käytä vain kirjaimia a–z, numeroita ja alaviivaa.',
    sv: 'Nyckeln "{key}" för fältet "{name}" är ogiltig: börja med en bokstav och använd bara bokstäverna a–z, siffror och understreck.',
    en: 'The key "{key}" of "{name}" is not valid: start with a letter and use only letters a–z, digits and underscores.',
  },
  conditionUnknownField: {
    fi: 'Kohdan "{name}" näyttämisehto viittaa kenttään "{field}", jota ei ole lomakkeella.',
    sv: 'Visningsvillkoret för "{name}" hänvisar till fältet "{field}", som inte finns på blanketten.',
    en: 'The show condition of "{name}" refers to "{field}", which is not on the form.',
  },
  conditionLaterField: {
    fi: 'Kohdan "{name}" näyttämisehto viittaa kenttään "{field}", joka ei ole ennen sitä. Ehto voi koskea vain aiempia kenttiä.',
    sv: 'Visningsvillkoret för "{name}" hänvisar till "{field}", som inte kommer före det. Ett villkor kan bara gälla tidigare fält.',
    en: 'The show condition of "{name}" refers to "{field}", which does not come before it. A condition can only look at earlier fields.',
  },
  conditionFieldInGroup: {
    fi: 'Kohdan "{name}" näyttämisehto viittaa toistuvan ryhmän kenttään "{field}". Ryhmän kenttiin voi viitata vain saman ryhmän sisältä.',
    sv: 'Visningsvillkoret för "{name}" hänvisar till "{field}" i en upprepad grupp. Gruppens fält kan bara användas inom samma grupp.',
    en: 'The show condition of "{name}" refers to "{field}" inside a repeating group. A group\'s fields can only be used within the same group.',
  },
  conditionNoAnswer: {
    fi: 'Kohdan "{name}" näyttämisehto viittaa kohtaan "{field}", johon ei vastata (osio, ryhmä tai ohjeteksti).',
    sv: 'Visningsvillkoret för "{name}" hänvisar till "{field}", som inte har något svar (avsnitt, grupp eller infotext).',
    en: 'The show condition of "{name}" refers to "{field}", which has no answer (a section, group or info text).',
  },
  conditionValueNotOption: {
    fi: 'Kohdan "{name}" näyttämisehdon arvo "{value}" ei ole kentän "{field}" mahdollinen vastaus.',
    sv: 'Värdet "{value}" i visningsvillkoret för "{name}" är inte ett möjligt svar på "{field}".',
    en: 'The value "{value}" in the show condition of "{name}" is not a possible answer to "{field}".',
  },
  conditionNotComparable: {
    fi: 'Kohdan "{name}" näyttämisehto vertaa kenttää "{field}" suuremmaksi tai pienemmäksi, mutta vain numeroa, kellonaikaa tai päivämäärää voi verrata niin.',
    sv: 'Visningsvillkoret för "{name}" jämför "{field}" som större eller mindre, men bara ett tal, ett klockslag eller ett datum kan jämföras så.',
    en: 'The show condition of "{name}" compares "{field}" as greater or smaller, but only a number, a time or a date can be compared that way.',
  },
  emptyChoiceList: {
    fi: 'Valintakentällä "{name}" ei ole yhtään vaihtoehtoa.',
    sv: 'Flervalsfältet "{name}" har inga alternativ.',
    en: 'The choice field "{name}" has no options.',
  },
  duplicateOption: {
    fi: 'Kentällä "{name}" on vaihtoehto "{value}" useammin kuin kerran.',
    sv: 'Fältet "{name}" har alternativet "{value}" mer än en gång.',
    en: 'The field "{name}" has the option "{value}" more than once.',
  },
  emptyPage: {
    fi: 'Sivulla "{name}" ei ole yhtään kenttää.',
    sv: 'Sidan "{name}" har inga fält.',
    en: 'The page "{name}" has no fields.',
  },
  emptySection: {
    fi: 'Osiossa "{name}" ei ole yhtään kenttää.',
    sv: 'Avsnittet "{name}" har inga fält.',
    en: 'The section "{name}" has no fields.',
  },
  emptyGroup: {
    fi: 'Toistuvassa ryhmässä "{name}" ei ole yhtään kenttää.',
    sv: 'Den upprepade gruppen "{name}" har inga fält.',
    en: 'The repeating group "{name}" has no fields.',
  },
  noPages: {
    fi: 'Lomakkeella ei ole yhtään sivua.',
    sv: 'Blanketten har inga sidor.',
    en: 'The form has no pages.',
  },
  invalidPattern: {
    fi: 'Kentän "{name}" muototarkistus ei ole kelvollinen säännöllinen lauseke.',
    sv: 'Formatkontrollen för fältet "{name}" är inte ett giltigt reguljärt uttryck.',
    en: 'The format check of "{name}" is not a valid regular expression.',
  },
  minAboveMax: {
    fi: 'Kentän "{name}" vähimmäisarvo on suurempi kuin enimmäisarvo.',
    sv: 'Minimivärdet för fältet "{name}" är större än maximivärdet.',
    en: 'The minimum of "{name}" is greater than its maximum.',
  },
};

export function describeFormProblem(problem: FormProblem, lang: Lang): string {
  const p = problem.params ?? {};
  const name = localize(p.label, lang) || p.key || '';
  const values: Record<string, string> = {
    name,
    key: p.key ?? '',
    field: localize(p.fieldLabel, lang) || p.field || '',
    value: p.value ?? '',
    role: p.text ? ROLES[p.text][lang] : ROLES.label[lang],
    lang: problem.lang ? LANG_NAMES[lang][problem.lang] : '',
  };
  return fillPlaceholders(SENTENCES[problem.code][lang], values);
}
