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
