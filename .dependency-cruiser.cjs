/**
 * The tree's layering, checked by dependency-cruiser in `npm test` (`npm run check:deps`):
 *
 *   languages/               the languages and a text in them; imports nothing of ours
 *   i18n/                    interface texts (catalogs, translator, Intl formats); may use languages/
 *   workflows/               the workflow format; may use languages/
 *   form-library/            the form-pack format; may use workflows/ and languages/
 *   permissions/             who may do what; imports nothing of ours
 *   api-contract/            each API route's schemas; may use the formats and permissions/
 *   ui/, runtime/, builder/  the browser apps; may use the above (not the ready library's files,
 *                            read from disk; the contract's types only, not its schema code),
 *                            never server/ nor a Node built-in
 *   server/                  the API; may use the formats, never the apps
 *
 * and no import cycle anywhere (type-only imports count: a cycle of types is a cycle of ideas).
 */
const FORMATS = '^(languages|i18n|workflows|form-library)/';
const APPS = '^(ui|runtime|builder)/';
/** What the apps ship: their modules except tests (which run in Node and may hold an app to the server). */
const SHIPPED_APP_CODE = { path: APPS, pathNot: '\\.test\\.tsx?$' };
const UI_AND_WEB_SERVER_PACKAGES =
  '(^|/)node_modules/(@types/)?(react|react-dom|react-router|react-router-dom|scheduler|express|express-rate-limit|helmet|multer|cookie-parser|csrf-csrf|@rjsf/[^/]+|@dnd-kit/[^/]+|@xstate/react|@testing-library/[^/]+)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules that import each other cannot be understood, tested or moved one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'formats-stay-plain',
      comment: 'languages/, i18n/, workflows/ and form-library/ are plain TypeScript shared by the browser and the server: no React, no Express.',
      severity: 'error',
      from: { path: FORMATS },
      to: { path: UI_AND_WEB_SERVER_PACKAGES },
    },
    {
      name: 'formats-below-apps-and-server',
      comment: 'The formats know nothing of the apps, the server or the tests built on them.',
      severity: 'error',
      from: { path: FORMATS },
      to: { path: '^(server|runtime|builder|ui|test|bench|build)/' },
    },
    {
      name: 'workflows-below-form-library',
      comment: 'A form pack holds workflows, so workflows/ cannot need form-library/.',
      severity: 'error',
      from: { path: '^(languages|workflows)/' },
      to: { path: '^form-library/' },
    },
    {
      name: 'i18n-below-formats',
      comment: 'Both formats word their problems through i18n/, so i18n/ cannot need either of them.',
      severity: 'error',
      from: { path: '^i18n/' },
      to: { path: '^(workflows|form-library)/' },
    },
    {
      name: 'languages-at-the-bottom',
      comment: 'languages/ is what both formats stand on; it imports nothing else of ours.',
      severity: 'error',
      from: { path: '^languages/' },
      to: { path: '^(?!languages/|node_modules/)', dependencyTypesNot: ['core'] },
    },
    {
      name: 'apps-not-server',
      comment:
        'The browser apps talk to the server over HTTP; what both need lives in the formats. ' +
        'A test beside an app may hold the app to the server (the same labels in the desk and the PDF); it never ships.',
      severity: 'error',
      from: SHIPPED_APP_CODE,
      to: { path: '^server/' },
    },
    {
      name: 'apps-run-in-the-browser',
      comment: 'No Node built-in in what the apps ship (their tests run in Node and may use them).',
      severity: 'error',
      from: SHIPPED_APP_CODE,
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'library-files-not-in-apps',
      comment: 'The ready library is read from disk by the server and the tests; the apps get packs from the API.',
      severity: 'error',
      from: SHIPPED_APP_CODE,
      to: { path: '^form-library/library/' },
    },
    {
      name: 'permissions-plain',
      comment: 'permissions/ states the access rules for the server and the apps alike: plain TypeScript that imports nothing of ours.',
      severity: 'error',
      from: { path: '^permissions/' },
      to: { path: '^(?!permissions/)', dependencyTypesNot: ['core'] },
    },
    {
      name: 'contract-below-apps-and-server',
      comment: 'api-contract/ describes the API for the server, the apps and the tests; it knows none of them.',
      severity: 'error',
      from: { path: '^api-contract/' },
      to: { path: '^(server|runtime|builder|ui|test|bench|build)/' },
    },
    {
      name: 'apps-take-contract-types-only',
      comment:
        'The apps take the contract\'s types, not its schema code (TypeBox would ship in every page); ' +
        'its plain values (limits.ts, outbox-states.ts, webhook-event-types.ts) they may import.',
      severity: 'error',
      from: SHIPPED_APP_CODE,
      to: { path: '^api-contract/(?!limits\\.ts$|outbox-states\\.ts$|webhook-event-types\\.ts$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-not-apps',
      comment: 'The server serves the built apps; it never imports their code.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: APPS },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports are dependencies too (they are what made the format types a cycle).
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
