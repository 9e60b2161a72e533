/**
 * Links placed in alerts. They point into the runtime app (runtime/RuntimeRoutes.tsx: `/:lang/…` for
 * customers, `/:lang/virkailija/…` for the handler desk).
 */
import type { Lang } from '../../form-library/format/types';
import type { Config } from '../config';

function base(config: Pick<Config, 'publicUrl'>): string {
  return config.publicUrl.replace(/\/+$/, '');
}

export function customerCaseLink(config: Pick<Config, 'publicUrl'>, lang: Lang, submissionId: number): string {
  return `${base(config)}/${lang}/omat/${submissionId}`;
}

export function deskCaseLink(config: Pick<Config, 'publicUrl'>, submissionId: number): string {
  return `${base(config)}/fi/virkailija/asiat/${submissionId}`;
}

/** A screen of the builder (admins read alerts in Finnish first, as the desk's links do). */
export function builderLink(config: Pick<Config, 'publicUrl'>, screen: string): string {
  return `${base(config)}/builder/fi/${screen}`;
}
