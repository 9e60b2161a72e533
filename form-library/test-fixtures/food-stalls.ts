/**
 * Conditions inside a repeating group, in a "temporary food sales at an event" page: one field of
 * each stall reads a question OUTSIDE the group (is food sold at all?), another reads a sibling in
 * the same stall (does this stall need electricity?).
 */
import type { FormDefinition } from '../format/types';

export const foodStallsForm: FormDefinition = {
  pages: [
    {
      id: 'p-stalls',
      title: { fi: 'Myyntipisteet', sv: 'Försäljningsställen', en: 'Stalls' },
      elements: [
        { id: 'e-food', kind: 'yesNo', key: 'foodSales', required: true,
          label: { fi: 'Myydäänkö tapahtumassa elintarvikkeita?', sv: 'Säljs livsmedel under evenemanget?', en: 'Is food sold at the event?' } },
        {
          id: 'e-stalls', kind: 'group', key: 'stalls', minItems: 1,
          label: { fi: 'Myyntipisteet', sv: 'Försäljningsställen', en: 'Stalls' },
          itemLabel: { fi: 'Myyntipiste', sv: 'Försäljningsställe', en: 'Stall' },
          elements: [
            { id: 'e-stall-name', kind: 'text', key: 'stallName', required: true,
              label: { fi: 'Myyntipisteen nimi', sv: 'Försäljningsställets namn', en: 'Name of the stall' } },
            { id: 'e-stall-handler', kind: 'text', key: 'foodHandler', required: true,
              condition: { field: 'foodSales', op: 'equals', value: true },
              label: { fi: 'Elintarvikkeista vastaava henkilö', sv: 'Person som ansvarar för livsmedlen', en: 'Person responsible for the food' } },
            { id: 'e-stall-power', kind: 'yesNo', key: 'electricity',
              label: { fi: 'Tarvitaanko sähköä?', sv: 'Behövs el?', en: 'Is electricity needed?' } },
            { id: 'e-stall-power-need', kind: 'text', key: 'electricityNeed', required: true,
              condition: { field: 'electricity', op: 'equals', value: true },
              label: { fi: 'Sähkön tarve', sv: 'Elbehov', en: 'Electricity needed' } },
          ],
        },
      ],
    },
  ],
};
