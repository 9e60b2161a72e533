/**
 * The browser's one way to call the Kevyt API: JSON in and out, the CSRF token on every change,
 * and errors turned into ApiError with the server's code and field errors.
 */
import type { ErrorBody, FieldProblem } from '../../api-contract';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly body: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  const res = await fetch('/api/csrf', { credentials: 'same-origin' });
  if (!res.ok) throw new ApiError(res.status, 'csrf', 'Could not get a CSRF token');
  const body = (await res.json()) as { token: string };
  return body.token;
}

/** Forget the token, e.g. after sign-in or sign-out changed the session it is bound to. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

export function csrfHeader(): Promise<Record<string, string>> {
  csrfToken ??= fetchCsrfToken();
  return csrfToken.then((token) => ({ 'X-CSRF-Token': token }));
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return new ApiError(res.status, 'http_error', res.statusText || `HTTP ${res.status}`);
  }
  const err = (body as Partial<ErrorBody>).error;
  return new ApiError(res.status, err?.code ?? 'http_error', err?.message ?? `HTTP ${res.status}`, err?.fields ?? [], body);
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  // A GET carries no header of its own (the server answers JSON anyway): a browser hands over a
  // preloaded answer (server/http/app-pages.ts) only to a request with the same headers.
  const headers: Record<string, string> = method === 'GET' ? {} : { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, await csrfHeader());
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 403 && method !== 'GET') {
    // The token may belong to a session that has since changed: fetch a fresh one and retry once.
    const err = await toApiError(res.clone());
    if (err.code === 'csrf') {
      resetCsrfToken();
      Object.assign(headers, await csrfHeader());
      res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    }
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A multipart form of text fields and at most one file (`file`), answered with JSON. */
export async function postMultipart<T>(path: string, fields: Record<string, string>, file: File | null): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', file);
  const res = await fetch(path, { method: 'POST', headers: { Accept: 'application/json', ...(await csrfHeader()) }, credentials: 'same-origin', body: form });
  if (!res.ok) throw await toApiError(res);
  return (await res.json()) as T;
}

/** Multipart upload with progress (fetch has no upload progress, so XMLHttpRequest). */
export async function uploadFile<T>(path: string, file: File, onProgress?: (fraction: number) => void): Promise<T> {
  const headers = await csrfHeader();
  return new Promise<T>((resolveUpload, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolveUpload(body as T);
      const err = (body as Partial<ErrorBody> | null)?.error;
      reject(new ApiError(xhr.status, err?.code ?? 'http_error', err?.message ?? `HTTP ${xhr.status}`, err?.fields ?? [], body));
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
