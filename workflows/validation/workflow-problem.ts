/**
 * Problems the workflow validator reports, and their wording in fi/sv/en. `message` on a problem
 * is English (for logs and API clients); a UI shows `describeWorkflowProblem(p, lang)`.
 */
import { LANGS, type Lang } from '../../languages/localized-text';

export type WorkflowProblemCode =
  | 'no_states'
  | 'no_initial_state'
  | 'multiple_initial_states'
  | 'initial_state_is_final'
  | 'no_final_state'
  | 'duplicate_state_id'
  | 'invalid_state_id'
  | 'invalid_event_name'
  | 'unknown_from_state'
  | 'unknown_to_state'
  | 'empty_from'
  | 'unreachable_state'
  | 'transition_from_final_state'
  | 'duplicate_event_in_state'
  | 'empty_roles'
  | 'dead_end_state'
  | 'missing_translation';

export type WorkflowProblemSeverity = 'error' | 'warning';

export type WorkflowProblemParams = Record<string, string | number>;

export interface WorkflowProblem {
  code: WorkflowProblemCode;
  /** Dotted path into the definition, e.g. 'transitions.3.from.0' or 'states.1.label.sv'. */
  path: string;
  /** English, for logs and API clients. */
  message: string;
  severity: WorkflowProblemSeverity;
  params: WorkflowProblemParams;
}

type Wording = (p: WorkflowProblemParams) => string;

const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  fi: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
  sv: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  en: { fi: 'in Finnish', sv: 'in Swedish', en: 'in English' },
};

/** What a missing text belongs to, as a noun phrase per language. */
function textOwner(lang: Lang, p: WorkflowProblemParams): string {
  const id = String(p.id);
  switch (p.owner) {
    case 'stateLabel':
      return { fi: `Tilan ${id} nimi`, sv: `Namnet på tillståndet ${id}`, en: `The label of state ${id}` }[lang];
    case 'transitionLabel':
      return { fi: `Siirtymän ${id} nimi`, sv: `Namnet på övergången ${id}`, en: `The label of transition ${id}` }[lang];
    default:
      return {
        fi: `Siirtymän ${id} asiakkaalle lähtevä heräte`,
        sv: `Kundens avisering för övergången ${id}`,
        en: `The customer alert of transition ${id}`,
      }[lang];
  }
}

function isLang(value: string | number | undefined): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The missing language named in the reader's language; an unexpected code is shown as it is. */
function langName(lang: Lang, p: WorkflowProblemParams): string {
  const missing = p.lang;
  return isLang(missing) ? LANGUAGE_NAMES[lang][missing] : String(missing);
}

const WORDINGS: Record<WorkflowProblemCode, Record<Lang, Wording>> = {
  no_states: {
    fi: () => 'Työnkulussa ei ole yhtään tilaa.',
    sv: () => 'Arbetsflödet har inga tillstånd.',
    en: () => 'The workflow has no states.',
  },
  no_initial_state: {
    fi: () => 'Työnkulussa ei ole alkutilaa: merkitse yksi tila alkutilaksi.',
    sv: () => 'Arbetsflödet har inget starttillstånd: markera ett tillstånd som starttillstånd.',
    en: () => 'The workflow has no initial state: mark one state as initial.',
  },
  multiple_initial_states: {
    fi: (p) => `Työnkulussa voi olla vain yksi alkutila, nyt niitä on useita: ${p.states}.`,
    sv: (p) => `Arbetsflödet kan ha bara ett starttillstånd, nu finns flera: ${p.states}.`,
    en: (p) => `The workflow may have only one initial state, but several are marked: ${p.states}.`,
  },
  initial_state_is_final: {
    fi: (p) => `Tila ${p.state} ei voi olla sekä alku- että lopputila.`,
    sv: (p) => `Tillståndet ${p.state} kan inte vara både start- och sluttillstånd.`,
    en: (p) => `State ${p.state} cannot be both initial and final.`,
  },
  no_final_state: {
    fi: () => 'Työnkulussa ei ole lopputilaa: merkitse ainakin yksi tila lopputilaksi.',
    sv: () => 'Arbetsflödet har inget sluttillstånd: markera minst ett tillstånd som sluttillstånd.',
    en: () => 'The workflow has no final state: mark at least one state as final.',
  },
  duplicate_state_id: {
    fi: (p) => `Tilan tunnus ${p.state} on käytössä jo toisella tilalla.`,
    sv: (p) => `Tillståndskoden ${p.state} används redan av ett annat tillstånd.`,
    en: (p) => `State id ${p.state} is already used by another state.`,
  },
  invalid_state_id: {
    fi: (p) => `Tilan tunnus "${p.state}" ei kelpaa: käytä isoja kirjaimia, numeroita ja alaviivoja, esim. IN_PROCESSING.`,
    sv: (p) => `Tillståndskoden "${p.state}" är ogiltig: använd versaler, siffror och understreck, t.ex. IN_PROCESSING.`,
    en: (p) => `State id "${p.state}" is invalid: use capital letters, digits and underscores, e.g. IN_PROCESSING.`,
  },
  invalid_event_name: {
    fi: (p) => `Tapahtuman nimi "${p.event}" ei kelpaa: käytä isoja kirjaimia, numeroita ja alaviivoja, esim. REQUEST_INFO.`,
    sv: (p) => `Händelsenamnet "${p.event}" är ogiltigt: använd versaler, siffror och understreck, t.ex. REQUEST_INFO.`,
    en: (p) => `Event name "${p.event}" is invalid: use capital letters, digits and underscores, e.g. REQUEST_INFO.`,
  },
  unknown_from_state: {
    fi: (p) => `Siirtymä ${p.event} lähtee tilasta ${p.state}, jota ei ole olemassa.`,
    sv: (p) => `Övergången ${p.event} utgår från tillståndet ${p.state}, som inte finns.`,
    en: (p) => `Transition ${p.event} leaves from state ${p.state}, which does not exist.`,
  },
  unknown_to_state: {
    fi: (p) => `Siirtymä ${p.event} vie tilaan ${p.state}, jota ei ole olemassa.`,
    sv: (p) => `Övergången ${p.event} leder till tillståndet ${p.state}, som inte finns.`,
    en: (p) => `Transition ${p.event} leads to state ${p.state}, which does not exist.`,
  },
  empty_from: {
    fi: (p) => `Siirtymä ${p.event} ei lähde mistään tilasta: valitse ainakin yksi lähtötila.`,
    sv: (p) => `Övergången ${p.event} utgår inte från något tillstånd: välj minst ett utgångstillstånd.`,
    en: (p) => `Transition ${p.event} leaves from no state: choose at least one state it leaves from.`,
  },
  unreachable_state: {
    fi: (p) => `Tilaan ${p.state} ei pääse alkutilasta millään siirtymällä.`,
    sv: (p) => `Tillståndet ${p.state} kan inte nås från starttillståndet med någon övergång.`,
    en: (p) => `State ${p.state} cannot be reached from the initial state by any transition.`,
  },
  transition_from_final_state: {
    fi: (p) => `Siirtymä ${p.event} lähtee lopputilasta ${p.state}; lopputilasta ei voi siirtyä eteenpäin.`,
    sv: (p) => `Övergången ${p.event} utgår från sluttillståndet ${p.state}; ett sluttillstånd kan inte lämnas.`,
    en: (p) => `Transition ${p.event} leaves from final state ${p.state}; a final state cannot be left.`,
  },
  duplicate_event_in_state: {
    fi: (p) => `Tilassa ${p.state} on jo siirtymä tapahtumalla ${p.event}; tapahtuman on oltava tilassa yksiselitteinen.`,
    sv: (p) => `Tillståndet ${p.state} har redan en övergång för händelsen ${p.event}; en händelse måste vara entydig i ett tillstånd.`,
    en: (p) => `State ${p.state} already has a transition on event ${p.event}; an event must be unambiguous within a state.`,
  },
  empty_roles: {
    fi: (p) => `Kukaan ei voi tehdä siirtymää ${p.event}: valitse ainakin yksi rooli.`,
    sv: (p) => `Ingen kan utföra övergången ${p.event}: välj minst en roll.`,
    en: (p) => `Nobody may fire transition ${p.event}: choose at least one role.`,
  },
  dead_end_state: {
    fi: (p) => `Tilasta ${p.state} ei lähde yhtään siirtymää, vaikka se ei ole lopputila.`,
    sv: (p) => `Inga övergångar utgår från tillståndet ${p.state}, fast det inte är ett sluttillstånd.`,
    en: (p) => `No transition leaves state ${p.state}, though it is not final.`,
  },
  missing_translation: {
    fi: (p) => `${textOwner('fi', p)} puuttuu ${langName('fi', p)}.`,
    sv: (p) => `${textOwner('sv', p)} saknas ${langName('sv', p)}.`,
    en: (p) => `${textOwner('en', p)} is missing ${langName('en', p)}.`,
  },
};

/** The problem as a sentence in the given language. */
export function describeWorkflowProblem(problem: Pick<WorkflowProblem, 'code' | 'params'>, lang: Lang): string {
  return WORDINGS[problem.code][lang](problem.params);
}

export function makeProblem(
  code: WorkflowProblemCode,
  path: string,
  params: WorkflowProblemParams,
  severity: WorkflowProblemSeverity = 'error',
): WorkflowProblem {
  return { code, path, severity, params, message: WORDINGS[code].en(params) };
}
