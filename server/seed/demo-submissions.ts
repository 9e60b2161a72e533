/**
 * Plays the demo inbox (demo-case-plan.ts) through the real code: each example is sent with
 * `submit` (routing, reference, outbox alerts, audit, free-text queue) with real uploaded PDFs in
 * its attachment fields, then moved with the desk's and the customer's own actions. A clock set
 * back in time makes the history span the last weeks.
 */
import type { FormData, ServiceDefinition } from '../../form-library/format/types';
import { examplePdf, setAnswerAt, visibleAnswerPaths } from '../../form-library/library/example-answers';
import { readyPackExamples } from '../../form-library/library/index';
import { storeAttachment } from '../attachments/store';
import type { StaffPrincipal } from '../auth/principals';
import { handlerActor } from '../cases/case-actor';
import { addNote, assignCase, sendMessageToCustomer } from '../cases/case-actions';
import { fireTransition } from '../cases/fire-transition';
import { markRead, submissionById } from '../cases/submission-row';
import type { AppContext } from '../context';
import { supplement } from '../customer/customer-actions';
import { pinnedService } from '../submissions/pinned-service';
import { submit } from '../submissions/submit';
import { demoCases, type DemoCase, type DemoStep } from './demo-case-plan';

const HOUR = 3600_000;
/** Time between one step of a case and the next (the plan leaves room for it before now). */
const STEP_GAP_HOURS = 26;

/** The pack’s example answers, placed in the case’s municipality, with fresh uploads (the demo project’s drafts start from them too). */
export async function exampleData(ctx: AppContext, service: ServiceDefinition, municipality: string): Promise<FormData> {
  const data = structuredClone(readyPackExamples[service.id]);
  if (!data) throw new Error(`no example data for ${service.id}`);
  for (const path of visibleAnswerPaths(service, data, 'municipality')) setAnswerAt(data, path, municipality);
  for (const path of visibleAnswerPaths(service, data, 'attachment')) {
    const name = `${path.filter((p) => typeof p === 'string').join('-')}.pdf`;
    const row = await storeAttachment(ctx, examplePdf(name), name, 'application/pdf');
    setAnswerAt(data, path, [row.id]);
  }
  return data;
}

async function handlerOf(ctx: AppContext, authorityId: string): Promise<StaffPrincipal> {
  const row = (await ctx.repos.staff.ofAuthority(authorityId)).filter((u) => u.role === 'handler' && u.active).sort((a, b) => a.id - b.id)[0];
  if (!row) throw new Error(`no demo handler for ${authorityId}`);
  return { id: row.id, email: row.email, name: row.name, role: row.role, authorityId: row.authorityId, sessionId: 'demo-seed' };
}

async function takeStep(ctx: AppContext, id: number, service: ServiceDefinition, staff: StaffPrincipal, step: DemoStep): Promise<void> {
  const sub = await submissionById(ctx, id);
  if (!sub) throw new Error(`demo submission ${id} vanished`);
  const lang = sub.lang === 'sv' ? 'sv' : 'fi';
  switch (step.kind) {
    case 'transition':
      await fireTransition(ctx, sub, service, {
        event: step.event,
        role: 'handler',
        actor: { kind: 'handler', userId: staff.id, email: staff.email },
        ...(step.comment ? { comment: step.comment[lang] } : {}),
      });
      await markRead(ctx, sub.id, staff.id, ctx.now().toISOString());
      return;
    case 'supplement':
      await supplement(ctx, sub, service, { message: step.message[lang], lang: sub.lang });
      return;
    case 'note':
      await addNote(ctx, sub, staff, step.body);
      return;
    case 'message':
      await sendMessageToCustomer(ctx, sub, service, handlerActor(staff), step.body[lang]);
      return;
    case 'assign':
      await assignCase(ctx, sub, staff, staff.id);
  }
}

async function playCase(ctx: AppContext, clock: { at: number }, demo: DemoCase, index: number): Promise<void> {
  const deployment = (await ctx.repos.deployments.ofAuthority(demo.authorityId))
    .filter((d) => d.serviceId === demo.serviceId && d.active)
    .sort((a, b) => a.id - b.id)[0];
  if (!deployment) throw new Error(`${demo.authorityId} has not deployed ${demo.serviceId}`);
  const service = await pinnedService(ctx, deployment.packId, deployment.packVersion, demo.serviceId);
  if (!service) throw new Error(`${demo.serviceId} is not published`);

  const { customer } = demo;
  const { receipt } = await submit(ctx, {
    deploymentId: deployment.id,
    municipality: demo.municipality,
    data: await exampleData(ctx, service, demo.municipality),
    contact: { name: customer.name, email: customer.email, phone: customer.phone },
    lang: customer.lang,
    idempotencyKey: `demo-seed-${index}`,
  });
  const staff = await handlerOf(ctx, demo.authorityId);
  const sentAt = clock.at;
  for (const [i, step] of demo.steps.entries()) {
    clock.at = sentAt + (i + 1) * (demo.stepGapHours ?? STEP_GAP_HOURS) * HOUR;
    await takeStep(ctx, receipt.id, service, staff, step);
  }
}

/** Sends and moves the demo cases; returns how many were sent. One refused example is logged, not fatal. */
export async function seedDemoSubmissions(ctx: AppContext, log: (message: string) => void = (m) => console.warn(m)): Promise<number> {
  const realNow = ctx.now().getTime();
  const clock = { at: realNow };
  const past: AppContext = { ...ctx, now: () => new Date(clock.at) };
  let sent = 0;
  for (const [index, demo] of demoCases().entries()) {
    clock.at = realNow - demo.hoursAgo * HOUR;
    try {
      await playCase(past, clock, demo, index);
      sent++;
    } catch (err) {
      log(`Demo submission ${demo.serviceId} for ${demo.authorityId} was not seeded: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return sent;
}
