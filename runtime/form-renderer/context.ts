import type { Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';

/** A municipality as GET /api/municipalities returns it. */
export interface MunicipalityOption {
  code: string;
  fi: string;
  sv: string;
  languages?: string;
}

/** An uploaded file as POST /api/attachments returns it. */
export interface AttachmentInfo {
  id: string;
  name: string;
  size: number;
  type: string;
}

/**
 * What every widget, field and template of the renderer can reach through rjsf's formContext:
 * the language, reference data and the attachment side channel (data holds only attachment ids).
 */
export interface RendererContext {
  lang: Lang;
  mode: 'fill' | 'read';
  municipalities?: MunicipalityOption[];
  attachments: Record<string, AttachmentInfo>;
  onAttachmentUploaded(info: AttachmentInfo): void;
  uploadPath: string;
  attachmentHref?(id: string): string;
}

export function municipalityName(m: MunicipalityOption, lang: Lang): string {
  return localize(m, lang);
}
