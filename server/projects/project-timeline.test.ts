/**
 * What lies ahead on the project's timeline: the day an authority promised its answer, else the
 * days its cases usually take when enough of them are decided, and nothing once a permit is decided.
 */
import { describe, expect, it } from 'vitest';
import type { ProcessingEstimate } from '../../api-contract';
import { readyPack } from '../../form-library/library/index';
import type { SubmissionRow } from '../cases/case-repository';
import type { PermitRecord } from './project-repository';
import { NO_IDENTITY_FILL } from './project-actor';
import { projectTimeline, type SentPermitEvents } from './project-timeline';

const police = readyPack('event-organising').services.find((s) => s.id === 'public-event-police')!;

const permit: PermitRecord = {
  id: 7, projectId: 3, deploymentId: 11, serviceId: police.id, draftJson: '{}', version: 2, idempotencyKey: 'k',
  submissionId: 46, createdAt: '2027-05-02T08:00:00.000Z', updatedAt: '2027-05-03T09:00:00.000Z', sentDataJson: '{}',
  authorityId: 'police-helsinki', respondWithinDays: null, packId: 1, packVersion: 4,
};

const sub: SubmissionRow = {
  id: 46, reference: 'KV-2027-000046', deploymentId: 11, authorityId: 'police-helsinki', packId: 1, packVersion: 4,
  serviceId: police.id, municipalityCode: '091', dataJson: '{}', contactName: 'Aino', contactEmail: 'aino@example.fi',
  contactPhone: null, identification: 'none', identifiedPersonKey: null, actingForBusinessId: null, actingForName: null, lang: 'fi', status: 'SUBMITTED', statusSince: '2027-05-03T09:00:00.000Z', submittedAt: '2027-05-03T09:00:00.000Z',
  updatedAt: '2027-05-03T09:00:00.000Z', assigneeId: null, dueDate: null, openDueDate: null, decidedAt: null,
};

const measured: ProcessingEstimate = { kind: 'measured', medianDays: 9, p80Days: 21, cases: 14 };

function sent(over: Partial<SubmissionRow>, estimate: ProcessingEstimate): SentPermitEvents {
  return { state: { permit, packId: 1, packVersion: 4, packSlug: 'event-organising', service: police, sub: { ...sub, ...over }, fill: NO_IDENTITY_FILL }, events: [], estimate };
}

const ahead = (entries: ReturnType<typeof projectTimeline>) => entries.filter((e) => e.kind === 'expected');

describe('what the project timeline expects', () => {
  it('puts the promised day ahead when the authority gave one', () => {
    const entries = ahead(projectTimeline([sent({ dueDate: '2027-05-17', openDueDate: '2027-05-17' }, measured)], [], undefined, 'en'));
    expect(entries).toEqual([{ at: '2027-05-17', permitId: 7, kind: 'expected', text: expect.stringContaining('answer promised by') }]);
  });

  it('without a promised day, puts the measured days ahead, from the median to the 80th percentile', () => {
    const entries = ahead(projectTimeline([sent({}, measured)], [], undefined, 'en'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ at: '2027-05-12', permitId: 7, kind: 'expected' });
    expect(entries[0].text).toMatch(/^Notification of a public event to the police: such cases are usually decided .+–.+ \(based on 14 decided cases\)$/);
    const sv = ahead(projectTimeline([sent({}, { ...measured, p80Days: 9 })], [], undefined, 'sv'))[0];
    expect(sv.text).toMatch(/avgörs vanligen senast .+ \(utifrån 14 avgjorda ärenden\)$/);
  });

  it('says nothing ahead from a target, nor for a decided or cancelled permit', () => {
    expect(ahead(projectTimeline([sent({}, { kind: 'target', days: 14 })], [], undefined, 'fi'))).toEqual([]);
    expect(ahead(projectTimeline([sent({}, null)], [], undefined, 'fi'))).toEqual([]);
    expect(ahead(projectTimeline([sent({ decidedAt: '2027-05-10T10:00:00.000Z', status: 'ACKNOWLEDGED' }, measured)], [], undefined, 'fi'))).toEqual([]);
    const finals = police.workflow.states.filter((s) => s.final).map((s) => s.id);
    expect(finals.length).toBeGreaterThan(0);
    for (const status of finals) expect(ahead(projectTimeline([sent({ status }, measured)], [], undefined, 'fi')), status).toEqual([]);
  });
});
