/** The customer side of the project routes (api-contract/projects.ts), typed. */
import type {
  AffectedPermit, FieldProblem, DataChangeAnswer, PermitDraft, Project, ProjectContact, ProjectKind, ProjectPermit, ProjectSummary, Receipt, SendAllAnswer, TimelineEntry,
} from '../../../api-contract';
import type { FormData, Lang } from '../../../form-library/format/types';
import { api } from '../../../ui/api/http';

export type {
  AffectedPermit, DataChangeAnswer, PermitDraft, Project, ProjectContact, ProjectKind, ProjectPermit, ProjectSummary, Receipt, SendAllAnswer, TimelineEntry,
};

const at = (id: number | string) => `/api/my/projects/${encodeURIComponent(String(id))}`;
const permitAt = (id: number | string, permitId: number | string) => `${at(id)}/permits/${encodeURIComponent(String(permitId))}`;

/** The contact as given: `email` only from a strongly identified customer (an e-mail customer's is their own). */
export type ContactGiven = Omit<ProjectContact, 'email'> & { email?: string };

export interface StartProject {
  name: string;
  municipality: string;
  packSlug: string;
  data: FormData;
  contact: ContactGiven;
  consent: boolean;
  services: string[];
}

export interface DataChange {
  data: FormData;
  name?: string;
  contact?: ContactGiven;
  version: number;
}

export const projectsApi = {
  kinds: (municipality: string, lang: Lang) => api<ProjectKind[]>('GET', `/api/project-kinds?municipality=${encodeURIComponent(municipality)}&lang=${lang}`),
  list: (lang: Lang) => api<ProjectSummary[]>('GET', `/api/my/projects?lang=${lang}`),
  create: (body: StartProject, lang: Lang) => api<Project>('POST', `/api/my/projects?lang=${lang}`, { ...body, lang }),
  get: (id: number | string, lang: Lang) => api<Project>('GET', `${at(id)}?lang=${lang}`),
  remove: (id: number | string) => api<void>('DELETE', at(id)),
  previewData: (id: number | string, body: { data: FormData; version: number }, lang: Lang) =>
    api<{ affected: AffectedPermit[] }>('POST', `${at(id)}/data/preview?lang=${lang}`, { ...body, lang }),
  changeData: (id: number | string, body: DataChange, lang: Lang) => api<DataChangeAnswer>('PUT', `${at(id)}/data?lang=${lang}`, { ...body, lang }),
  addPermit: (id: number | string, deploymentId: number, lang: Lang) => api<ProjectPermit>('POST', `${at(id)}/permits?lang=${lang}`, { deploymentId }),
  permit: (id: number | string, permitId: number | string, lang: Lang) => api<PermitDraft>('GET', `${permitAt(id, permitId)}?lang=${lang}`),
  saveDraft: (id: number | string, permitId: number | string, body: { data: FormData; version: number }, lang: Lang) =>
    api<{ version: number; missing: FieldProblem[] }>('PUT', `${permitAt(id, permitId)}?lang=${lang}`, body),
  removePermit: (id: number | string, permitId: number | string) => api<void>('DELETE', permitAt(id, permitId)),
  sendPermit: (id: number | string, permitId: number | string, lang: Lang) => api<Receipt>('POST', `${permitAt(id, permitId)}/send?lang=${lang}`, { lang }),
  sendAll: (id: number | string, lang: Lang) => api<SendAllAnswer>('POST', `${at(id)}/send?lang=${lang}`, { lang }),
};

