/**
 * The baseline: a bare Express route that parses the same JSON body and answers 201, run in its own
 * process like the real server so both are measured under the same conditions.
 */
import express from 'express';

const app = express();
app.use(express.json({ limit: '1mb' }));
let id = 0;
app.post('/bare', (req, res) => {
  res.status(201).json({ id: ++id, received: Object.keys(req.body as object).length });
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`READY http://127.0.0.1:${address.port}\n`);
});
