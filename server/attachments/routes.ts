/** POST /api/attachments: upload one file (multipart field `file`) before sending a form. */
import { Router, type RequestHandler } from 'express';
import { API } from '../../api-contract/routes';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { badRequest, unsupportedMediaType } from '../http/errors';
import { allowListOf, appLimiter, clientAddress, limitRequests } from '../limits/rate-limit';
import { checkContent } from './content-check';
import { cleanFileName, displayName } from './display-name';
import { readOneFile } from './multipart';
import { storeAttachment, summary } from './store';

export function attachmentRoutes(ctx: AppContext): Router {
  const router = Router();
  // Generous for a person adding files to a form; they only stop a script filling the disk.
  const uploads = limitRequests(
    ctx,
    appLimiter(ctx, { name: 'uploads', limit: 300, windowMs: 60_000, message: 'Too many uploads; wait a minute and try again' }),
    { who: clientAddress },
  );
  const quota = ctx.config.uploadBytesPerAddress;
  const mib = (quota / 1024 / 1024).toFixed(quota < 1024 * 1024 ? 2 : 0);
  const bytes = appLimiter(ctx, {
    name: 'upload-bytes',
    limit: quota,
    windowMs: 3600_000,
    message: `This address has reached its upload quota of ${mib} MiB an hour; try again later`,
  });
  const allowed = allowListOf(ctx.config.rateLimitAllow);
  // Refused before the body is read when its declared length would pass the quota; the bytes
  // actually received are counted once the file is read.
  const withinQuota: RequestHandler = (req, _res, next) => {
    if (allowed(req)) return next();
    const declared = Number(req.headers['content-length']);
    bytes.check(clientAddress(req), Number.isFinite(declared) && declared > 0 ? declared : 1).then(() => next(), next);
  };

  on(router, API.submissions.upload, { before: [uploads, withinQuota, readOneFile()] }, async (req, res) => {
    const file = req.file;
    if (!file) throw badRequest('Send the file as multipart/form-data in the field "file"', [{ path: 'file', message: 'Required' }]);
    if (!allowed(req)) await bytes.take(clientAddress(req), file.size);
    // Busboy decodes names as latin1 unless told otherwise; browsers send UTF-8.
    const given = Buffer.from(file.originalname, 'latin1').toString('utf8');
    const quoted = cleanFileName(given);
    if (file.size === 0) throw badRequest(`The file ${quoted} is empty`, [{ path: 'file', message: 'The file is empty' }]);
    const checked = await checkContent(file.buffer, file.mimetype);
    if (!checked.ok) throw unsupportedMediaType(`${quoted}: ${checked.reason}`, [{ path: 'file', message: `${quoted}: ${checked.reason}` }]);
    const row = await storeAttachment(ctx, file.buffer, displayName(given, checked.type), checked.type);
    res.status(201).json(summary(row));
  });

  return router;
}
