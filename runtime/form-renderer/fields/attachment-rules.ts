/** Attachment limits checked in the browser before and after upload (the server checks them again). */
export const DEFAULT_MAX_SIZE_MB = 10;

export interface AttachmentLimits {
  accept?: string[];
  maxSizeMb?: number;
  maxFiles?: number;
}

export type FileProblem = { kind: 'tooBig'; maxMb: number } | { kind: 'wrongType'; types: string[] };

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'text/plain': 'TXT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
};

export function typeNames(types: string[]): string {
  return types.map((t) => TYPE_NAMES[t] ?? t).join(', ');
}

export function maxSizeMb(limits: AttachmentLimits): number {
  return limits.maxSizeMb ?? DEFAULT_MAX_SIZE_MB;
}

/** Checks a file's declared type and size; `type` is the browser's guess before upload, the server's sniffed type after. */
export function fileProblem(file: { size: number; type: string }, limits: AttachmentLimits): FileProblem | null {
  const max = maxSizeMb(limits);
  if (file.size > max * 1024 * 1024) return { kind: 'tooBig', maxMb: max };
  if (limits.accept && limits.accept.length > 0 && !limits.accept.includes(file.type)) return { kind: 'wrongType', types: limits.accept };
  return null;
}

