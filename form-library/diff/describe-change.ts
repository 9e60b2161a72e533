/**
 * One sentence per pack change, in Finnish, Swedish or English (the pack catalog's `changes`),
 * naming things by their label in that language (falling back to another language, then to the id).
 * Sentences do not repeat the service: a diff view groups changes under their service's name.
 */
import type { Lang, LocalizedText } from '../format/types';
import { localize } from '../format/localize';
import { changeTexts } from '../../i18n/catalogs/pack';
import { translator, type TextsOf } from '../../i18n/translate';
import type { ConditionView, ElementLocation, ElementRef, PackChange, SettingValue, TextChange } from './pack-change';

type T = TextsOf<typeof changeTexts>;

const MAX_QUOTE = 80;

/** A quoted text, cut to a readable length; Finnish and Swedish typography quote with ” on both sides. */
function quote(t: T, text: string): string {
  return t('quote', { text: text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text });
}

function named(t: T, text: LocalizedText | undefined, fallback: string): string {
  return quote(t, localize(text, t.lang) || fallback);
}

/** "Kenttä ”Järjestäjän nimi”", "Fältet ”Arrangörens namn”", "Field “Organiser's name”"; `inSentence` for "Added field …". */
function elementSubject(t: T, ref: Pick<ElementRef, 'elementKind' | 'elementLabel' | 'key'>, inSentence = false): string {
  return t(inSentence ? 'elementInSentence' : 'element', { kind: ref.elementKind, name: named(t, ref.elementLabel, ref.key) });
}

function location(t: T, at: ElementLocation): string {
  const page = named(t, at.pageTitle, at.pageId);
  if (!at.parent) return t('location', { page });
  return t('locationIn', { page, parentKind: at.parent.kind, parent: named(t, at.parent.label, at.parent.key) });
}

/** "ruotsinkielinen otsikko muuttui ”A” → ”B”" and its Swedish and English forms; `option` puts "of option X" in its place. */
function textPhrase(t: T, property: string, change: TextChange, option?: string): string {
  const values = {
    what: t('textName', { property }),
    language: t('languageAdjective', { textLang: change.lang }),
    before: change.before !== undefined ? quote(t, change.before) : '',
    after: change.after !== undefined ? quote(t, change.after) : '',
    option,
  };
  if (!change.before) return t(option ? 'optionTextAdded' : 'textAdded', values);
  if (!change.after) return t(option ? 'optionTextRemoved' : 'textRemoved', values);
  return t(option ? 'optionTextChanged' : 'textChanged', values);
}

function settingValue(t: T, value: SettingValue): string {
  if (value === undefined) return t('notSet');
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string') return t('displayName', { display: value });
  return String(value);
}

function conditionPhrase(t: T, view: ConditionView | undefined): string {
  if (!view) return t('always');
  const field = named(t, view.fieldLabel, view.condition.field);
  const values = view.valueLabels.map((v) => named(t, v, '')).join(', ');
  switch (view.condition.op) {
    case 'equals':
      return t('whenEquals', { field, values });
    case 'oneOf':
      return t('whenOneOf', { field, values });
    case 'atLeast':
      return t('whenAtLeast', { field, values });
    case 'atMost':
      return t('whenAtMost', { field, values });
    case 'above':
      return t('whenAbove', { field, values });
    case 'below':
      return t('whenBelow', { field, values });
    case 'answered':
      return t('whenAnswered', { field });
  }
}

function conditionSentence(t: T, subject: string, before: ConditionView | undefined, after: ConditionView | undefined): string {
  const was = conditionPhrase(t, before);
  return after ? t('conditionChanged', { subject, is: conditionPhrase(t, after), was }) : t('conditionRemoved', { subject, was });
}

/** Names of listed codes (roles, kinds), a dash for none. */
function list(values: string[], name: (value: string) => string): string {
  return values.length === 0 ? '–' : values.map(name).join(', ');
}

function stateList(t: T, ids: string[], labels: Record<string, LocalizedText>): string {
  return ids.map((id) => named(t, labels[id], id)).join(', ');
}

/** `many`: Finnish verb agreement for plural subjects ("roolit muuttuivat"). */
function changedFromTo(t: T, subject: string, what: string, before: string, after: string, many = false): string {
  return t(many ? 'changedFromToMany' : 'changedFromTo', { subject, what, before, after });
}

export function describeChange(change: PackChange, lang: Lang): string {
  const t = translator(changeTexts, lang);
  switch (change.type) {
    case 'packText':
      return t('withSubject', { subject: t('pack'), phrase: textPhrase(t, change.property, change) });
    case 'projectDataAdded':
    case 'projectDataRemoved':
      return t(change.type, { name: named(t, change.name, '') });
    case 'projectDataText':
      return t('withSubject', { subject: t('projectData'), phrase: textPhrase(t, change.property, change) });
    case 'projectElementAdded':
    case 'projectElementRemoved':
      return t(change.type, { element: elementSubject(t, { elementKind: change.elementKind, elementLabel: change.fieldLabel, key: change.fieldKey }, true) });
    case 'projectElementChanged':
      return t('projectElementChanged', { sentence: describeChange(change.detail, t.lang) });
    case 'elementProjectField': {
      const subject = elementSubject(t, change);
      const field = change.after ? named(t, change.after.label, change.after.key) : '';
      const was = change.before ? named(t, change.before.label, change.before.key) : '';
      if (!change.before) return t('prefilledNow', { subject, field });
      if (!change.after) return t('prefilledNoLonger', { subject, was });
      return t('prefilledChanged', { subject, field, was });
    }
    case 'serviceAdded':
    case 'serviceRemoved':
      return t(change.type, { name: named(t, change.serviceName, change.serviceId) });
    case 'serviceText':
    case 'serviceKind':
    case 'serviceAuthorityKind':
    case 'serviceIdentification':
    case 'serviceTopics': {
      const subject = t('service', { name: named(t, change.serviceName, change.serviceId) });
      switch (change.type) {
        case 'serviceText':
          return t('withSubject', { subject, phrase: textPhrase(t, change.property, change) });
        case 'serviceKind': {
          const kind = (k: string) => t('serviceKindName', { kind: k });
          return changedFromTo(t, subject, t('serviceKind'), list([change.before], kind), list([change.after], kind));
        }
        case 'serviceAuthorityKind': {
          const kind = (k: string) => t('authorityKindName', { kind: k });
          return changedFromTo(t, subject, t('serviceAuthorityKind'), list([change.before], kind), list([change.after], kind));
        }
        case 'serviceIdentification': {
          const level = (l: string) => t('identificationLevelName', { level: l });
          return changedFromTo(t, subject, t('serviceIdentification'), list([change.before], level), list([change.after], level));
        }
        default:
          return changedFromTo(t, subject, t('serviceTopics'), change.before.join(', '), change.after.join(', '), true);
      }
    }
    case 'pageAdded':
    case 'pageRemoved':
    case 'pageMoved':
    case 'pageTitle':
    case 'pageCondition': {
      const name = named(t, change.pageTitle, change.pageId);
      switch (change.type) {
        case 'pageAdded':
          return t('pageAdded', { name, position: change.index + 1 });
        case 'pageRemoved':
          return t('pageRemoved', { name });
        case 'pageMoved':
          // Its number can stay the same when the pages around it were reordered.
          return change.fromIndex === change.toIndex
            ? t('pageMovedAmong', { name, to: change.toIndex + 1 })
            : t('pageMoved', { name, from: change.fromIndex + 1, to: change.toIndex + 1 });
        case 'pageTitle':
          return t('withSubject', { subject: t('page', { name }), phrase: textPhrase(t, 'title', change) });
        default:
          return conditionSentence(t, t('page', { name }), change.before, change.after);
      }
    }
    case 'elementAdded':
    case 'elementRemoved':
      return t(change.type, { element: elementSubject(t, change, true), location: location(t, change.at) });
    case 'elementMoved': {
      const from = location(t, change.from);
      const to = location(t, change.to);
      const element = elementSubject(t, change, true);
      return from === to ? t('elementMovedAmong', { element, to }) : t('elementMoved', { element, from, to });
    }
    case 'elementText':
      return t('withSubject', { subject: elementSubject(t, change), phrase: textPhrase(t, change.property, change) });
    case 'elementRequired':
      return t('withSubject', { subject: elementSubject(t, change), phrase: t(change.after ? 'requiredNow' : 'requiredNoLonger') });
    case 'elementKind':
      return changedFromTo(t, elementSubject(t, change), t('elementKind'), t('kindName', { kind: change.before }), t('kindName', { kind: change.after }));
    case 'elementKey':
      return changedFromTo(t, elementSubject(t, change), t('elementKey'), change.before, change.after);
    case 'elementSetting':
      return changedFromTo(t, elementSubject(t, change), t('settingName', { property: change.property }), settingValue(t, change.before), settingValue(t, change.after));
    case 'elementCondition':
      return conditionSentence(t, elementSubject(t, change), change.before, change.after);
    case 'optionAdded':
    case 'optionRemoved':
    case 'optionText':
    case 'optionsReordered': {
      const subject = elementSubject(t, change);
      if (change.type === 'optionsReordered') return t('withSubject', { subject, phrase: t('optionsReordered') });
      const option = named(t, change.optionLabel, change.value);
      const phrase = change.type === 'optionText' ? textPhrase(t, 'option', change, option) : t(change.type, { option });
      return t('withSubject', { subject, phrase });
    }
    case 'stateAdded':
    case 'stateRemoved':
    case 'stateText':
    case 'stateFlag': {
      const name = `${named(t, change.stateLabel, change.stateId)} (${change.stateId})`;
      switch (change.type) {
        case 'stateAdded':
        case 'stateRemoved':
          return t(change.type, { name });
        case 'stateText':
          return t('withSubject', { subject: t('state', { name }), phrase: textPhrase(t, 'name', change) });
        default:
          return t('withSubject', { subject: t('state', { name }), phrase: t(change.after ? 'flagOn' : 'flagOff', { flag: change.property }) });
      }
    }
    default: {
      const name = `${named(t, change.transitionLabel, change.event)} (${change.event})`;
      const subject = t('transition', { name });
      switch (change.type) {
        case 'transitionAdded':
        case 'transitionRemoved':
          return t(change.type, { name, path: `${stateList(t, change.from, change.stateLabels)} → ${stateList(t, [change.to], change.stateLabels)}` });
        case 'transitionText':
          return t('withSubject', { subject, phrase: textPhrase(t, change.property === 'label' ? 'name' : 'customerAlert', change) });
        case 'transitionStates':
          return changedFromTo(
            t,
            subject,
            t(change.property === 'from' ? 'transitionFrom' : 'transitionTo'),
            stateList(t, change.before, change.stateLabels),
            stateList(t, change.after, change.stateLabels),
            change.property === 'from',
          );
        case 'transitionRoles': {
          const role = (r: string) => t('roleName', { role: r });
          return changedFromTo(t, subject, t('transitionRoles'), list(change.before, role), list(change.after, role), true);
        }
        default:
          return t('withSubject', { subject, phrase: t(change.after ? 'commentNow' : 'commentNoLonger') });
      }
    }
  }
}
