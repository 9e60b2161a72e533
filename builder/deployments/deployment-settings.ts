/**
 * The settings form of a running deployment as plain data: filled from the deployment, checked, and
 * turned into the PATCH body. The server checks the same limits (server/deployments/routes.ts).
 */
import type { Lang, LocalizedText } from '../../form-library/format/types';
import { APPEAL_TEMPLATES, type AppealKind } from '../../workflows/decision/appeal';
import type { Deployment, DeploymentSettings } from './api';

export interface SettingsDraft {
  days: string;
  contact: string;
  appealKind: AppealKind | 'none';
  appealText: Record<Lang, string>;
}

export type SettingsProblem = 'daysInvalid' | 'textFiMissing';

export function draftOf(d: Pick<Deployment, 'respondWithinDays' | 'contactText' | 'appeal'>): SettingsDraft {
  return {
    days: d.respondWithinDays === null ? '' : String(d.respondWithinDays),
    contact: d.contactText ?? '',
    appealKind: d.appeal?.kind ?? 'none',
    appealText: { fi: d.appeal?.text.fi ?? '', sv: d.appeal?.text.sv ?? '', en: d.appeal?.text.en ?? '' },
  };
}

/**
 * Choosing a kind starts its texts from the standard wording, unless the admin has already written
 * something of their own (a text that is not a template is kept).
 */
export function chooseAppealKind(draft: SettingsDraft, kind: AppealKind | 'none'): SettingsDraft {
  if (kind === 'none') return { ...draft, appealKind: kind };
  const templates = Object.values(APPEAL_TEMPLATES);
  const own = (lang: Lang) => draft.appealText[lang].trim() !== '' && !templates.some((t) => t[lang] === draft.appealText[lang]);
  const text = { ...draft.appealText };
  for (const lang of ['fi', 'sv', 'en'] as const) if (!own(lang)) text[lang] = APPEAL_TEMPLATES[kind][lang];
  return { ...draft, appealKind: kind, appealText: text };
}

export function settingsProblems(draft: SettingsDraft): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const days = draft.days.trim();
  if (days !== '' && !(/^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 365)) problems.push('daysInvalid');
  if (draft.appealKind !== 'none' && draft.appealText.fi.trim() === '') problems.push('textFiMissing');
  return problems;
}

export function settingsBody(draft: SettingsDraft): DeploymentSettings {
  const text: LocalizedText & { fi: string } = { fi: draft.appealText.fi.trim() };
  if (draft.appealText.sv.trim()) text.sv = draft.appealText.sv.trim();
  if (draft.appealText.en.trim()) text.en = draft.appealText.en.trim();
  return {
    respondWithinDays: draft.days.trim() === '' ? null : Number(draft.days.trim()),
    contactText: draft.contact.trim() === '' ? null : draft.contact.trim(),
    appeal: draft.appealKind === 'none' ? null : { kind: draft.appealKind, text },
  };
}
