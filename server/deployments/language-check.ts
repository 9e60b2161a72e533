/**
 * The deployment language check: a service may only be deployed where its texts exist in the
 * official languages of every municipality it covers (Statistics Finland's classification:
 * 'fi', 'sv', or bilingual 'fi-sv' / 'sv-fi'). Finnish municipalities need the Finnish texts,
 * Swedish ones the Swedish texts, bilingual ones both. English is never required.
 */
import type { Lang, LocalizedText, ServiceDefinition } from '../../form-library/format/types';
import { formTranslationProblems } from '../../form-library/problems/translation-problems';
import { englishCount, englishLanguageName } from '../http/english-words';

export type OfficialLanguages = 'fi' | 'sv' | 'fi-sv' | 'sv-fi';
export type OfficialLang = Extract<Lang, 'fi' | 'sv'>;

export interface CoveredMunicipality {
  code: string;
  nameFi: string;
  nameSv: string;
  languages: string;
}

export interface LanguageGap {
  lang: OfficialLang;
  /** The covered municipalities whose official languages include `lang`. */
  municipalities: Array<{ code: string; name: { fi: string; sv: string } }>;
  /** Dotted paths into the service of every text missing in `lang`, e.g. 'form.pages.0.title'. */
  missing: string[];
}

/** The languages a municipality's customers must be served in. Unknown values ask for both, to be safe. */
export function requiredLanguages(languages: string): OfficialLang[] {
  if (languages === 'fi') return ['fi'];
  if (languages === 'sv') return ['sv'];
  return ['fi', 'sv'];
}

function has(text: LocalizedText | undefined, lang: Lang): boolean {
  return typeof text?.[lang] === 'string' && text[lang].trim() !== '';
}

/** Paths of every customer-facing text of one service that lacks `lang`. */
export function missingServiceTexts(service: ServiceDefinition, lang: OfficialLang): string[] {
  const out: string[] = [];
  if (!has(service.name, lang)) out.push('name');
  if (!has(service.description, lang)) out.push('description');
  for (const p of formTranslationProblems(service.form, [lang], 'form.')) out.push(p.path);
  service.workflow.states.forEach((state, i) => {
    if (!has(state.label, lang)) out.push(`workflow.states.${i}.label`);
  });
  service.workflow.transitions.forEach((t, i) => {
    if (!has(t.label, lang)) out.push(`workflow.transitions.${i}.label`);
    // A customer alert is optional, but once written it must reach every customer in their language.
    if (t.customerAlert && Object.values(t.customerAlert).some((s) => typeof s === 'string' && s.trim() !== '') && !has(t.customerAlert, lang))
      out.push(`workflow.transitions.${i}.customerAlert`);
  });
  return out;
}

/** One gap per official language that some covered municipality needs and the service lacks. */
export function deploymentLanguageGaps(service: ServiceDefinition, covered: CoveredMunicipality[]): LanguageGap[] {
  const gaps: LanguageGap[] = [];
  for (const lang of ['fi', 'sv'] as const) {
    const needing = covered.filter((m) => requiredLanguages(m.languages).includes(lang));
    if (needing.length === 0) continue;
    const missing = missingServiceTexts(service, lang);
    if (missing.length === 0) continue;
    gaps.push({
      lang,
      municipalities: needing.map((m) => ({ code: m.code, name: { fi: m.nameFi, sv: m.nameSv } })).sort((a, b) => a.code.localeCompare(b.code)),
      missing,
    });
  }
  return gaps;
}

/** The English message of the 422 for API clients, naming the municipalities and the texts. */
export function describeLanguageGaps(gaps: LanguageGap[]): string {
  return gaps
    .map((g) => {
      const places = g.municipalities.map((m) => `${m.name.fi} (${m.code})`).join(', ');
      const shown = g.missing.slice(0, 10).join(', ');
      const more = g.missing.length > 10 ? ` and ${g.missing.length - 10} more` : '';
      const language = englishLanguageName(g.lang);
      const missing = `${englishCount(g.missing.length, 'text')} ${g.missing.length === 1 ? 'is' : 'are'}`;
      return `${places} need${g.municipalities.length === 1 ? 's' : ''} the service in ${language}, but ${missing} missing in ${language}: ${shown}${more}`;
    })
    .join('; ');
}
