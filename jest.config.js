// NestJS 12 and some of its companions ship as ES modules only. Jest's own module
// loader cannot require() ES modules on Node 20, so those packages are compiled
// to CommonJS by swc like our own sources.
const esmOnly = ['@nestjs', 'uid', 'ical-generator', 'unpdf', 'html-to-text', '@selderee', 'selderee', 'parseley', 'leac', 'peberminta', 'dom-serializer', 'domhandler', 'domutils', 'htmlparser2', 'entities', 'domelementtype', 'deepmerge'];

const transform = {
  '^.+\\.(t|j|mj)s$': ['@swc/jest', {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  }],
};

const shared = {
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // unpdf publishes its PDF.js bundle for `import` only.
  moduleNameMapper: { '^unpdf/pdfjs$': '<rootDir>/node_modules/unpdf/dist/pdfjs.mjs' },
};

/**
 * Two tiers: `unit` (src/…/*.spec.ts: pure code, no database, seconds) and `integration`
 * (test/**: a real PostgreSQL, started once by the global setup, and a real SMTP server).
 * `npm run test:unit` runs the first alone.
 */
/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
