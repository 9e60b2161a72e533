/**
 * A small municipal pack for server tests, built on the workflow template: an outdoor restaurant
 * terrace permit (terassilupa), handled by municipalities; `singleServicePack` makes others from it.
 */
import type { FormPackContent } from '../../form-library/format/types';
import { t } from '../../languages/localized-text';
import { applicationTemplate } from '../../workflows/templates/application-template';

export const terracePack: FormPackContent = {
  slug: 'street-terraces',
  name: t('Katuterassit', 'Gatuterrasser', 'Street terraces'),
  description: t(
    'Ravintolan kesäterassin sijoittaminen kadulle tai torille.',
    'Placering av en restaurangs sommarterrass på gata eller torg.',
    'Placing a restaurant’s summer terrace on a street or square.',
  ),
  services: [
    {
      id: 'terrace-permit',
      kind: 'application',
      name: t('Terassilupa', 'Terrasstillstånd', 'Terrace permit'),
      description: t(
        'Hae lupaa kesäterassin sijoittamiseen yleiselle alueelle.',
        'Ansök om tillstånd att placera en sommarterrass på allmänt område.',
        'Apply for a permit to place a summer terrace on a public area.',
      ),
      authorityKind: 'municipality',
      topics: ['business', 'streets'],
      form: {
        pages: [
          {
            id: 'page-business',
            title: t('Yritys', 'Företag', 'Business'),
            elements: [
              { id: 'el-business-name', key: 'businessName', kind: 'text', label: t('Ravintolan nimi', 'Restaurangens namn', 'Restaurant name'), required: true, maxLength: 200 },
              { id: 'el-business-id', key: 'businessId', kind: 'businessId', label: t('Y-tunnus', 'FO-nummer', 'Business ID'), required: true },
              { id: 'el-contact-phone', key: 'phone', kind: 'phone', label: t('Puhelinnumero', 'Telefonnummer', 'Phone number'), required: true },
            ],
          },
          {
            id: 'page-terrace',
            title: t('Terassi', 'Terrass', 'Terrace'),
            elements: [
              { id: 'el-address', key: 'address', kind: 'address', label: t('Terassin osoite', 'Terrassens adress', 'Address of the terrace'), required: true },
              { id: 'el-period', key: 'period', kind: 'dateRange', label: t('Terassikausi', 'Terrassäsong', 'Terrace season'), required: true },
              { id: 'el-area', key: 'areaM2', kind: 'number', label: t('Pinta-ala (m²)', 'Yta (m²)', 'Area (m²)'), required: true, min: 1, max: 500 },
              {
                id: 'el-alcohol',
                key: 'servesAlcohol',
                kind: 'yesNo',
                label: t('Tarjoillaanko terassilla alkoholia?', 'Serveras alkohol på terrassen?', 'Is alcohol served on the terrace?'),
                required: true,
              },
              {
                id: 'el-site-plan',
                key: 'sitePlan',
                kind: 'attachment',
                label: t('Sijoituspiirustus', 'Placeringsritning', 'Site plan'),
                help: t('PDF tai kuva, jossa terassin rajat ja kulkuväylät.', 'PDF eller bild med terrassens gränser och gångvägar.', 'PDF or image showing the terrace’s edges and walkways.'),
                required: true,
                accept: ['application/pdf', 'image/png', 'image/jpeg'],
                maxFiles: 3,
              },
            ],
          },
        ],
      },
      workflow: structuredClone(applicationTemplate),
    },
  ],
};
