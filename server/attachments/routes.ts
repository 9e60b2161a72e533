/** POST /api/attachments: upload one file (multipart field `file`) before sending a form. */
import { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { AppContext } from '../context';
import { badRequest, rateLimited, unsupportedMediaType } from '../http/errors';
import { checkContent } from './content-check';
import { cleanFileName, displayName } from './display-name';
import { readOneFile } from './multipart';
import { storeAttachment, summary } from './store';

export function attachmentRoutes(ctx: AppContext): Router {
  const router = Router();
  // Generous for a person adding files to a form; it only stops a script filling the disk.
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: 300,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ''),
    handler: (_req, _res, next) => next(rateLimited('Too many uploads; wait a minute and try again')),
  });

  router.post('/attachments', limiter, readOneFile(), async (req, res) => {
    const file = req.file;
    if (!file) throw badRequest('Send the file as multipart/form-data in the field "file"', [{ path: 'file', message: 'Required' }]);
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
