/**
 * Reads the one file of an upload (multipart field `file`) into memory. Every way a multipart body
 * can be broken is the client's fault and answers 400 naming the problem; only an over-large file is
 * 413. Multer reports its own limits with a code; busboy, underneath, throws plain errors whose
 * messages are stable, so they are recognised by message and worded for the API's reader.
 */
import type { RequestHandler } from 'express';
import multer from 'multer';
import { badRequest, HttpError, payloadTooLarge } from '../http/errors';
import { MAX_ATTACHMENT_BYTES } from './content-check';

const FIELD = 'file';

const BUSBOY_PROBLEMS: Array<[RegExp, string]> = [
  [/unexpected end of form/i, 'The multipart body ends before its closing boundary (it was cut short)'],
  [/boundary not found/i, 'The Content-Type multipart/form-data has no boundary parameter'],
  [/malformed part header/i, 'A part header of the multipart body is malformed (e.g. a NUL byte or a line without a colon in it)'],
  [/unsupported content type/i, 'The body is not multipart/form-data'],
];

/** The 4xx for an error met while reading a multipart body. */
export function multipartProblem(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') return payloadTooLarge(`The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
    const path = err.field ?? FIELD;
    return badRequest(`${err.message} (send one file in the multipart field "${FIELD}")`, [{ path, message: err.message }]);
  }
  const text = err instanceof Error ? err.message : String(err);
  const known = BUSBOY_PROBLEMS.find(([pattern]) => pattern.test(text));
  const message = known ? known[1] : `The multipart body could not be read: ${text.slice(0, 200)}`;
  return badRequest(message, [{ path: FIELD, message }]);
}

/**
 * Middleware: `req.file` holds the upload, or the request ends in a 4xx from `multipartProblem`.
 * `fieldSize` is the most bytes a text field beside the file may hold (a decision's text is long).
 */
export function readOneFile(options: { fieldSize?: number } = {}): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6, fieldSize: options.fieldSize ?? 1024 },
  }).single(FIELD);
  return (req, res, next) => {
    try {
      upload(req, res, (err?: unknown) => next(err === undefined ? undefined : multipartProblem(err)));
    } catch (err) {
      // A missing boundary is thrown at once, while busboy is being set up.
      next(multipartProblem(err));
    }
  };
}
