/**
 * The submission contract and the server's own check (validateSubmission, what the send route
 * calls) agree on every answer: for every service of every ready pack, a few hundred seeded
 * answers, mostly right and often broken, each accepted by both or refused by both.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { FormData, FormDefinition } from '../format/types';
import { readyPackExamples, readyPacks } from '../library/index';
import { validateSubmission } from '../validation/validate-submission';
import { addContractVocabulary, CONTRACT_DIALECT, serviceSubmissionSchema, submissionSchema } from './submission-schema';
import { answersByKey, generateAnswers, MOSTLY_RIGHT, OFTEN_BROKEN, seededRandom } from '../test-fixtures/answer-generator';
import { publicEventForm, validEventData } from '../test-fixtures/public-event-notification';

function contractAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: false, strictTypes: false, strictTuples: false });
  addFormats(ajv, { formats: ['date', 'email'], keywords: true });
  return addContractVocabulary(ajv);
}

const ajv = contractAjv();
const services = readyPacks.flatMap((pack) => pack.services.map((service) => ({ pack: pack.slug, service })));
const PER_SERVICE = 300;

function disagreements(def: FormDefinition, answers: FormData[], schema = submissionSchema(def)) {
  const check = ajv.compile(schema);
  const out: Array<{ data: FormData; contract: boolean; server: boolean }> = [];
  let accepted = 0;
  for (const data of answers) {
    const contract = check(data);
    const server = validateSubmission(def, data, 'en').ok;
    if (server) accepted++;
    if (contract !== server) out.push({ data, contract, server });
  }
  return { out, accepted };
}

describe('the submission contract of every ready service', () => {
  it.each(services)('$pack / $service.id: the contract and the server judge every generated answer alike', ({ service }) => {
    const examples = answersByKey(readyPackExamples[service.id]);
    const seed = [...service.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 17);
    const rng = seededRandom(seed);
    const answers = Array.from({ length: PER_SERVICE }, (_, i) => generateAnswers(service.form, rng, i % 2 === 0 ? MOSTLY_RIGHT : OFTEN_BROKEN, examples));
    answers.push(structuredClone(readyPackExamples[service.id]));
    const { out, accepted } = disagreements(service.form, answers, serviceSubmissionSchema(service));
    expect(out.slice(0, 3)).toEqual([]);
    // Both kinds in numbers, so that agreement means something.
    expect(accepted).toBeGreaterThan(PER_SERVICE / 10);
    expect(answers.length - accepted).toBeGreaterThan(PER_SERVICE / 10);
  });

  it('is a 2020-12 document that names its service and marks attachment fields', () => {
    const service = services[0].service;
    const schema = serviceSubmissionSchema(service, { id: 'https://kevyt.example/schema' });
    expect(schema.$schema).toBe(CONTRACT_DIALECT);
    expect(schema.$id).toBe('https://kevyt.example/schema');
    expect(JSON.stringify(schema)).toContain('"x-kevyt-attachment":true');
    expect(ajv.validateSchema(schema)).toBe(true);
  });
});

/** Every way a condition can be read: a page's, in a section, in a group item by a sibling and by a field outside, chained, compared. */
const conditionsForm: FormDefinition = {
  pages: [
    {
      id: 'p1', title: { fi: 'Tapahtuma' }, elements: [
        { id: 'e1', kind: 'yesNo', key: 'alcohol', label: { fi: 'Alkoholia' } },
        {
          id: 'e2', kind: 'section', key: 'venue', label: { fi: 'Paikka' }, elements: [
            { id: 'e3', kind: 'number', key: 'attendance', label: { fi: 'Väkimäärä' }, integer: true, min: 0, max: 5000 },
            { id: 'e4', kind: 'time', key: 'until', label: { fi: 'Päättyy' } },
            { id: 'e5', kind: 'date', key: 'day', label: { fi: 'Päivä' }, min: '2026-01-01', max: '2027-12-31' },
            { id: 'e6', kind: 'text', key: 'bigPlan', label: { fi: 'Suunnitelma' }, required: true, condition: { field: 'attendance', op: 'atLeast', value: 200 } },
          ],
        },
        { id: 'e7', kind: 'multiChoice', key: 'services', label: { fi: 'Palvelut' }, options: [{ value: 'food', label: { fi: 'Ruoka' } }, { value: 'music', label: { fi: 'Musiikki' } }] },
        { id: 'e8', kind: 'textarea', key: 'foodNote', label: { fi: 'Ruoka' }, required: true, condition: { field: 'services', op: 'equals', value: 'food' } },
        { id: 'e9', kind: 'text', key: 'nickname', label: { fi: 'Nimi' } },
        { id: 'e10', kind: 'text', key: 'nicknameWhy', label: { fi: 'Miksi' }, required: true, condition: { field: 'nickname', op: 'answered' } },
        { id: 'e11', kind: 'dateRange', key: 'dates', label: { fi: 'Ajat' }, required: true },
        { id: 'e12', kind: 'address', key: 'place', label: { fi: 'Osoite' } },
      ],
    },
    {
      id: 'p2', title: { fi: 'Anniskelu' }, condition: { field: 'alcohol', op: 'equals', value: true }, elements: [
        { id: 'f1', kind: 'yesNo', key: 'strong', label: { fi: 'Väkeviä' }, required: true },
        { id: 'f2', kind: 'text', key: 'strongDetails', label: { fi: 'Tiedot' }, required: true, condition: { field: 'strong', op: 'equals', value: true } },
        { id: 'f3', kind: 'businessId', key: 'licensee', label: { fi: 'Y-tunnus' }, condition: { field: 'until', op: 'above', value: '22:00' } },
      ],
    },
    {
      id: 'p3', title: { fi: 'Myyntipaikat' }, elements: [
        {
          id: 'g1', kind: 'group', key: 'stalls', label: { fi: 'Myyntipaikat' }, minItems: 1, maxItems: 4, elements: [
            { id: 'g2', kind: 'choice', key: 'power', label: { fi: 'Sähkö' }, options: [{ value: 'none', label: { fi: 'Ei' } }, { value: 'grid', label: { fi: 'Verkko' } }, { value: 'generator', label: { fi: 'Aggregaatti' } }] },
            { id: 'g3', kind: 'number', key: 'kilowatts', label: { fi: 'kW' }, required: true, condition: { field: 'power', op: 'oneOf', values: ['grid', 'generator'] } },
            { id: 'g4', kind: 'personalId', key: 'lateSeller', label: { fi: 'Myyjä' }, required: true, condition: { field: 'until', op: 'atLeast', value: '23:30' } },
            { id: 'g5', kind: 'attachment', key: 'summerPermit', label: { fi: 'Lupa' }, required: true, maxFiles: 2, condition: { field: 'day', op: 'above', value: '2026-06-15' } },
            { id: 'g6', kind: 'text', key: 'neverShown', label: { fi: 'Ei' }, required: true, condition: { field: 'laterField', op: 'answered' } },
          ],
        },
        { id: 'h1', kind: 'text', key: 'laterField', label: { fi: 'Myöhemmin' } },
      ],
    },
  ],
};

describe('every kind of condition in the contract', () => {
  it('judges thousands of generated answers as the server does', () => {
    const rng = seededRandom(2026);
    const answers = Array.from({ length: 2000 }, (_, i) => generateAnswers(conditionsForm, rng, i % 2 === 0 ? MOSTLY_RIGHT : OFTEN_BROKEN));
    const { out, accepted } = disagreements(conditionsForm, answers);
    expect(out.slice(0, 3)).toEqual([]);
    expect(accepted).toBeGreaterThan(200);
    expect(answers.length - accepted).toBeGreaterThan(200);
  });
});

describe('conditions in the contract', () => {
  const check = ajv.compile(submissionSchema(publicEventForm));
  it('requires a field only where its condition shows it, and ignores the answer of a hidden one', () => {
    const data = validEventData();
    expect(validateSubmission(publicEventForm, data, 'en').ok).toBe(true);
    expect(check(data)).toBe(true);
    // Alcohol served: its page shows, and its required answers must be there.
    const withoutServing: FormData = { ...data, alcohol: true };
    delete withoutServing.servingArea;
    expect([check(withoutServing), validateSubmission(publicEventForm, withoutServing, 'en').ok]).toEqual([false, false]);
    // Not served: the page is hidden, so even a wrongly typed answer there is dropped, not refused.
    const hiddenWrong: FormData = { ...data, alcohol: false, servingArea: 42 };
    expect([check(hiddenWrong), validateSubmission(publicEventForm, hiddenWrong, 'en').ok]).toEqual([true, true]);
  });
  it('refuses a key the form does not know, even under a hidden field', () => {
    const data: FormData = { ...validEventData(), isAdmin: true };
    expect([check(data), validateSubmission(publicEventForm, data, 'en').ok]).toEqual([false, false]);
  });
});
