// NestJS 12 and some of its companions ship as ES modules only. Jest's own module
// loader cannot require() ES modules on Node 20, so those packages are compiled
// to CommonJS by swc like our own sources.
const esmOnly = ['@nestjs', 'uid', 'ical-generator', 'unpdf', 'html-to-text', '@selderee', 'selderee', 'parseley', 'leac', 'peberminta', 'dom-serializer', 'domhandler', 'domutils', 'htmlparser2', 'entities', 'domelementtype', 'deepmerge'];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // unpdf publishes its PDF.js bundle for `import` only.
  moduleNameMapper: { '^unpdf/pdfjs$': '<rootDir>/node_modules/unpdf/dist/pdfjs.mjs' },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
};
