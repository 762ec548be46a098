/**
 * The layers of src/ (docs/architecture.md explains them). A folder may import folders of lower
 * layers, and inside its own layer only the pairs listed in SAME_LAYER. `npm run lint:deps`.
 */
const LAYERS = [
  ['cli', 'web', 'health', 'http-cache', 'http-hardening'],
  ['sources', 'notifications'],
  ['fulfilment', 'importing', 'subscriptions'],
  ['commitments', 'documents'],
  ['outbox', 'mail', 'pages', 'auth'],
  ['rate-limit'],
  ['database', 'config', 'logging', 'extraction', 'ministries', 'common'],
];
const SAME_LAYER = {
  commitments: ['documents'],
  database: ['config', 'common'],
  config: ['common', 'extraction'],
};
const PURE = ['extraction', 'ministries', 'common'];

const folder = (names) => `^src/(${names.join('|')})/`;
const layered = LAYERS.flatMap((layer, index) =>
  layer.map((name) => {
    const higher = LAYERS.slice(0, index).flat();
    const sameForbidden = layer.filter((other) => other !== name && !(SAME_LAYER[name] ?? []).includes(other));
    return {
      name: `layer-${name}`,
      comment: `${name} may import only lower layers${SAME_LAYER[name] ? ` (and ${SAME_LAYER[name].join(', ')})` : ''}`,
      severity: 'error',
      from: { path: folder([name]) },
      to: { path: folder([...higher, ...sameForbidden]) },
    };
  }),
);

module.exports = {
  forbidden: [
    ...layered,
    {
      name: 'no-folder-outside-layers',
      comment: 'every top-level folder of src/ has a place in LAYERS',
      severity: 'error',
      from: { path: '^src/[^/]+/' },
      to: { path: '^src/[^/]+/', pathNot: folder(LAYERS.flat()) },
    },
    {
      name: 'composition-root-on-top',
      comment: 'app.module, main, entities … are the composition root: only cli (which starts them) imports them',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: '^src/cli/' },
      to: { path: '^src/[^/]+\\.ts$' },
    },
    {
      name: 'pure-modules',
      comment: 'the extractor, ministry lineage and common helpers do no I/O and know no framework',
      severity: 'error',
      from: { path: folder(PURE), pathNot: ['^src/common/common\\.module\\.ts$', '^src/common/(clock|domain-error\\.filter|validation|pagination\\.query|query-transforms|project-root)\\.ts$'] },
      to: { dependencyTypes: ['core', 'npm'], path: '^(fs|node:fs|http|https|node:http|node:https|net|node:net|child_process|node:child_process|@nestjs|typeorm|pg)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'no file-level import cycles either',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'tests-stay-out-of-src',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(spec|e2e-spec)\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
