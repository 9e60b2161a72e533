import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormDefinition } from '../../../form-library/format/types';
import type { CaseDetail } from '../../../api-contract';
import { DESK_WAIT, fakeApi, helsinkiHandler, municipalitiesFixture, renderDesk } from '../desk-test-kit';

afterEach(() => vi.unstubAllGlobals());

const definition: FormDefinition = {
  pages: [{
    id: 'p1', title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' },
    elements: [
      { id: 'e1', key: 'eventName', kind: 'text', label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Name of the event' } },
      { id: 'e2', key: 'sitePlan', kind: 'attachment', label: { fi: 'Asemapiirros', sv: 'Situationsplan', en: 'Site plan' } },
    ],
  }],
};

function caseDetail(over: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 42, reference: 'KV-2026-000042', service: { id: 'public-event-police', name: 'Yleisötilaisuuden ilmoitus' },
    authority: { id: 'police-helsinki', name: 'Helsingin poliisilaitos' }, municipality: { code: '091', name: 'Helsinki' },
    contact: { name: 'Aino Virtanen', email: 'aino.virtanen@example.fi', phone: null }, identification: 'none', actingFor: null, customerName: 'Aino Virtanen', lang: 'fi', packVersion: 2,
    pack: { id: 3, slug: 'event-organising', name: 'Tapahtuman järjestäminen', version: 2 },
    status: { id: 'IN_PROCESSING', label: 'Käsittelyssä' }, submittedAt: '2026-05-04T09:30:00.000Z', statusSince: '2026-05-05T06:00:00.000Z', updatedAt: '2026-05-05T06:05:00.000Z', assignee: null,
    dueDate: null, dueOpen: true, decidedAt: null, estimate: null, decisions: [], appeal: null, caseManagement: null,
    data: { eventName: 'Kallio Block Party', sitePlan: ['att-1'] }, definition,
    attachments: [{ id: 'att-1', name: 'asemapiirros.pdf', size: 20480, type: 'application/pdf' }],
    history: [
      { at: '2026-05-04T09:30:00.000Z', by: { name: 'Asiakas', kind: 'customer' }, actor: 'customer', kind: 'submitted' },
      { at: '2026-05-05T06:00:00.000Z', actor: 'handler', by: { id: 7, name: 'Helena Käsittelijä', kind: 'handler' }, kind: 'status', from: { id: 'RECEIVED', label: 'Vastaanotettu' }, to: { id: 'IN_PROCESSING', label: 'Käsittelyssä' } },
      { at: '2026-05-05T06:05:00.000Z', actor: 'handler', by: { id: 7, name: 'Helena Käsittelijä', kind: 'handler' }, kind: 'note', body: 'Soitettu järjestäjälle.' },
    ],
    transitions: [
      { event: 'REQUEST_INFO', label: 'Pyydä lisätietoja', to: { id: 'INFO_REQUESTED', label: 'Lisätietoja pyydetty' }, commentRequired: true, customerAlert: 'Hakemukseesi pyydetään lisätietoja.', requestsInformation: true, decision: false },
      { event: 'DECIDE', label: 'Tee päätös', to: { id: 'DECIDED', label: 'Päätetty' }, commentRequired: false, customerAlert: null, requestsInformation: false, decision: true },
    ],
    ...over,
  };
}

function caseApi(detail: { current: CaseDetail }) {
  return fakeApi({
    'GET /api/auth/me': () => ({ body: helsinkiHandler }),
    'GET /api/desk/alerts': () => ({ body: { items: [], unread: 0 } }),
    'GET /api/municipalities': () => ({ body: municipalitiesFixture }),
    'GET /api/desk/colleagues': () => ({ body: [{ id: 7, name: 'Helena Käsittelijä', role: 'handler' }, { id: 8, name: 'Matti Meikäläinen', role: 'handler' }] }),
    'GET /api/cases/:id': (call) => (call.path === '/api/cases/42' ? { body: detail.current } : undefined),
    'POST /api/cases/:id/transitions': (call) => {
      const { event } = call.body as { event: string };
      const tr = detail.current.transitions.find((x) => x.event === event)!;
      const to = typeof tr.to === 'string' ? { id: tr.to, label: tr.to } : tr.to;
      detail.current = { ...detail.current, status: to, transitions: [] };
      return { body: { status: to } };
    },
    'POST /api/cases/:id/notes': () => ({ status: 201, body: {} }),
    'POST /api/cases/:id/messages': () => ({ status: 201, body: {} }),
    'POST /api/cases/:id/assign': (call) => {
      const { userId } = call.body as { userId: number | null };
      detail.current = { ...detail.current, assignee: userId === null ? null : { id: userId, name: userId === 8 ? 'Matti Meikäläinen' : 'Helena Käsittelijä' } };
      return { body: {} };
    },
  });
}

describe('case view', { timeout: 30_000 }, () => {
  it('shows the case-management reference and day once the case-management system has acknowledged the case', async () => {
    caseApi({ current: caseDetail({ caseManagement: { caseManagementId: 'HEL 2026-001234', acknowledgedAt: '2026-05-06T10:15:00.000Z' } }) });
    renderDesk('/fi/virkailija/asiat/42');
    const facts = (await screen.findByRole('heading', { name: 'Perustiedot' }, DESK_WAIT)).closest('section')!;
    expect(within(facts).getByTestId('case-management').textContent).toMatch(/^Kirjattu asianhallintaan: HEL 2026-001234 \(6\.5\.2026\b.*\)$/);
  });

  it('shows the answers with the renderer, attachments to open, and the history with notes marked internal', async () => {
    caseApi({ current: caseDetail() });
    renderDesk('/fi/virkailija/asiat/42');
    expect(await screen.findByRole('heading', { level: 1, name: /KV-2026-000042/ }, DESK_WAIT)).toBeTruthy();
    expect(screen.getByText('Tapahtuman nimi')).toBeTruthy();
    expect(screen.getByText('Kallio Block Party')).toBeTruthy();
    expect(screen.queryByText('Tavallinen käsittelyaika')).toBeNull(); // no estimate, no empty row
    expect(screen.queryByTestId('case-management')).toBeNull(); // not acknowledged: nothing claimed
    const pack = screen.getByText('Lomakepaketti ja versio').closest('div')!;
    expect(within(pack).getByText('Tapahtuman järjestäminen (event-organising), versio 2')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Avaa: asemapiirros.pdf' }).getAttribute('href')).toBe('/api/cases/42/attachments/att-1');
    expect(screen.getByRole('link', { name: 'Vie PDF-tiedostoksi' }).getAttribute('href')).toBe('/api/cases/42/export.pdf?lang=fi');
    const history = screen.getByRole('heading', { name: 'Käsittelyhistoria' }).parentElement!;
    expect(within(history).getByText('Vastaanotettu → Käsittelyssä')).toBeTruthy();
    const note = within(history).getByText('Soitettu järjestäjälle.').closest('li')!;
    expect(within(note).getByText('Sisäinen – ei näy asiakkaalle')).toBeTruthy();
  });

  it('offers exactly the transitions the API allows; a request for more information asks what is needed and by when, and shows the customer alert', async () => {
    const detail = { current: caseDetail() };
    const { calls } = caseApi(detail);
    const user = userEvent.setup();
    renderDesk('/fi/virkailija/asiat/42');
    await screen.findByRole('heading', { level: 1, name: /KV-2026-000042/ }, DESK_WAIT);
    const actions = screen.getByRole('heading', { name: 'Käsittely' }).parentElement!;
    const transitionButtons = within(actions).getAllByRole('listitem').map((li) => li.textContent);
    expect(transitionButtons).toEqual(['Pyydä lisätietoja', 'Tee päätös']);

    await user.click(screen.getByRole('button', { name: 'Pyydä lisätietoja' }));
    const dialog = screen.getByRole('dialog', { name: 'Pyydä lisätietoja' });
    expect(within(dialog).getByText('Hakemukseesi pyydetään lisätietoja.')).toBeTruthy();
    // The text is the question the customer reads, not a "reason".
    const question = within(dialog).getByLabelText('Mitä lisätietoja tarvitaan? (pakollinen)');
    expect(document.activeElement).toBe(question);
    expect(within(dialog).queryByLabelText(/Perustelu/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Vahvista: Pyydä lisätietoja' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Kirjoita, mitä lisätietoja tarvitaan.');
    expect(calls.some((c) => c.path === '/api/cases/42/transitions')).toBe(false);

    await user.type(question, 'Liittäkää pelastussuunnitelma.');
    const replyBy = within(dialog).getByLabelText('Vastattava viimeistään') as HTMLInputElement;
    expect(replyBy.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await user.clear(replyBy);
    await user.type(replyBy, '2099-06-30');
    await user.click(within(dialog).getByRole('button', { name: 'Vahvista: Pyydä lisätietoja' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.path === '/api/cases/42/transitions')?.body).toEqual({ event: 'REQUEST_INFO', comment: 'Liittäkää pelastussuunnitelma.', replyBy: '2099-06-30' });
    expect(await screen.findByText('Tila muuttui: Lisätietoja pyydetty.')).toBeTruthy();
    expect(screen.getByText('Tässä tilassa ei ole siirtoja, jotka voisit tehdä.')).toBeTruthy();
  });

  it('closes a dialog with Escape without changing anything and returns focus to its button', async () => {
    const { calls } = caseApi({ current: caseDetail() });
    const user = userEvent.setup();
    renderDesk('/en/virkailija/asiat/42');
    const decide = await screen.findByRole('button', { name: 'Tee päätös' }, DESK_WAIT);
    await user.click(decide);
    expect(screen.getByText('No alert goes to the customer.')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(decide);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('saves an internal note without asking, but confirms before a message reaches the customer', async () => {
    const { calls } = caseApi({ current: caseDetail() });
    const user = userEvent.setup();
    renderDesk('/fi/virkailija/asiat/42');
    await screen.findByRole('heading', { level: 1, name: /KV-2026-000042/ }, DESK_WAIT);
    expect(screen.getAllByText('Ei koskaan näy asiakkaalle.').length).toBeGreaterThan(0);

    await user.type(screen.getByRole('textbox', { name: 'Sisäinen muistiinpano' }), 'Tarkistettu poliisin kanssa.');
    await user.click(screen.getByRole('button', { name: 'Tallenna muistiinpano' }));
    expect(await screen.findByText('Muistiinpano tallennettu.')).toBeTruthy();
    expect(calls.find((c) => c.path === '/api/cases/42/notes')?.body).toEqual({ body: 'Tarkistettu poliisin kanssa.' });

    await user.type(screen.getByRole('textbox', { name: 'Viesti asiakkaalle' }), 'Kiitos, tarkistamme tiedot.');
    await user.click(screen.getByRole('button', { name: 'Lähetä viesti' }));
    const confirm = screen.getByRole('dialog', { name: 'Lähetä viesti' });
    expect(calls.some((c) => c.path === '/api/cases/42/messages')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByText('Viesti lähetetty asiakkaalle.')).toBeTruthy();
    expect(calls.find((c) => c.path === '/api/cases/42/messages')?.body).toEqual({ body: 'Kiitos, tarkistamme tiedot.' });
  });

  it('assigns the case to a colleague and asks before removing the handler', async () => {
    const detail = { current: caseDetail() };
    const { calls } = caseApi(detail);
    const user = userEvent.setup();
    renderDesk('/fi/virkailija/asiat/42');
    await screen.findByRole('heading', { level: 1, name: /KV-2026-000042/ }, DESK_WAIT);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Käsittelijä' }), await screen.findByRole('option', { name: 'Matti Meikäläinen' }));
    await user.click(screen.getByRole('button', { name: 'Osoita' }));
    expect(await screen.findByText('Käsittelijäksi osoitettu Matti Meikäläinen.')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/cases/42/assign').map((c) => c.body)).toEqual([{ userId: 8 }]);

    await user.click(screen.getByRole('button', { name: 'Poista käsittelijä' }));
    const confirm = screen.getByRole('dialog', { name: 'Poista käsittelijä' });
    expect(within(confirm).getByText('Poistetaanko käsittelijä hakemukselta KV-2026-000042?')).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Poista' }));
    expect(await screen.findByText('Käsittelijä poistettu.')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/cases/42/assign').map((c) => c.body)).toEqual([{ userId: 8 }, { userId: null }]);
  });

  it('shows the due date, what a supplement changed, the replaced file and the decision with its downloads', async () => {
    caseApi({
      current: caseDetail({
        dueDate: '2026-05-18', dueOpen: false, decidedAt: '2026-05-12T10:00:00.000Z', estimate: { kind: 'measured', medianDays: 9, p80Days: 21, cases: 40 },
        attachments: [
          { id: 'att-1', name: 'asemapiirros.pdf', size: 20480, type: 'application/pdf', state: 'replaced', replacedBy: { id: 'att-2', name: 'asemapiirros-v2.pdf' } },
          { id: 'att-2', name: 'asemapiirros-v2.pdf', size: 30720, type: 'application/pdf' },
        ],
        history: [
          { at: '2026-05-04T09:30:00.000Z', by: { name: 'Asiakas', kind: 'customer' }, actor: 'customer', kind: 'submitted' },
          { at: '2026-05-06T06:00:00.000Z', actor: 'handler', by: { id: 7, name: 'Helena Käsittelijä', kind: 'handler' }, kind: 'status', comment: 'Tarkentakaa yleisömäärä.', replyBy: '2026-05-20' },
          {
            at: '2026-05-08T12:00:00.000Z', by: { name: 'Aino Virtanen', kind: 'customer' }, actor: 'customer', kind: 'supplement', body: 'Korjattu.',
            changes: {
              answers: [{ path: 'eventName', label: 'Tapahtuman nimi', before: 'Kallio Block Party', after: 'Kallio Block Party 2026' }],
              attachments: [{ kind: 'replaced', field: 'Asemapiirros', id: 'att-1', name: 'asemapiirros.pdf', replacedBy: { id: 'att-2', name: 'asemapiirros-v2.pdf' } }],
            },
          },
          { at: '2026-05-12T10:00:00.000Z', actor: 'handler', by: { id: 7, name: 'Helena Käsittelijä', kind: 'handler' }, kind: 'status', comment: 'Myönnetään.', decisionId: 5 },
        ],
        decisions: [{
          id: 5, decidedAt: '2026-05-12T10:00:00.000Z', text: 'Myönnetään.', file: { name: 'paatos.pdf', size: 1000 },
          appeal: { kind: 'oikaisuvaatimus', title: 'Oikaisuvaatimusohje', text: 'Oikaisua haetaan 14 päivässä.' },
          documentHref: '/api/cases/42/decisions/5/document.pdf', fileHref: '/api/cases/42/decisions/5/file',
        }],
      }),
    });
    renderDesk('/fi/virkailija/asiat/42');
    await screen.findByRole('heading', { level: 1, name: /KV-2026-000042/ }, DESK_WAIT);
    const due = screen.getByText('Määräpäivä').closest('div')!;
    expect(due.textContent).toContain('18.5.2026 (vastattu)');
    const usual = screen.getByText('Tavallinen käsittelyaika').closest('div')!;
    expect(usual.textContent).toContain('Käsittely kestää yleensä 9–21 päivää. Mitattu 40 ratkaistusta asiasta');
    const history = screen.getByRole('heading', { name: 'Käsittelyhistoria' }).parentElement!;
    expect(within(history).getByText('Vastattava viimeistään 20.5.2026')).toBeTruthy();
    const changes = within(history).getByRole('table', { name: 'Muutokset' });
    expect(within(changes).getByRole('row', { name: /Tapahtuman nimi/ }).textContent).toBe('Tapahtuman nimiKallio Block PartyKallio Block Party 2026');
    expect(within(history).getByText('Liite korvattu (Asemapiirros): asemapiirros.pdf → asemapiirros-v2.pdf')).toBeTruthy();
    expect(within(history).getByRole('link', { name: 'Päätösasiakirja (PDF)' }).getAttribute('href')).toBe('/api/cases/42/decisions/5/document.pdf');
    expect(screen.getByText('Korvattu tiedostolla asemapiirros-v2.pdf')).toBeTruthy();
    const decision = screen.getByRole('heading', { name: 'Päätös', level: 2 }).parentElement!;
    expect(within(decision).getByRole('link', { name: 'Lataa liitetty päätös: paatos.pdf' }).getAttribute('href')).toBe('/api/cases/42/decisions/5/file');
    expect(within(decision).getByText('Oikaisuvaatimusohje')).toBeTruthy();
  });

  it('the decision dialog takes the written decision or a PDF and shows the appeal instructions it will carry', async () => {
    const detail = { current: caseDetail({ appeal: { kind: 'valitus', title: 'Valitusosoitus', text: 'Valitus hallinto-oikeuteen 30 päivässä.' } }) };
    const { calls } = caseApi(detail);
    calls.length = 0;
    const user = userEvent.setup();
    renderDesk('/fi/virkailija/asiat/42');
    await user.click(await screen.findByRole('button', { name: 'Tee päätös' }, DESK_WAIT));
    const dialog = screen.getByRole('dialog', { name: 'Tee päätös' });
    expect(within(dialog).getByText(/Valitusosoitus/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Vahvista: Tee päätös' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Kirjoita päätös tai liitä se PDF-tiedostona.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('says a case of another authority is not found', async () => {
    caseApi({ current: caseDetail() });
    renderDesk('/sv/virkailija/asiat/99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ärendet hittades inte, eller så hör det inte till din myndighet.' }, DESK_WAIT)).toBeTruthy();
  });
});
