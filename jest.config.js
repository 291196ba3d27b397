/** Two tiers: co-located unit specs for pure rules, and end-to-end specs over HTTP. */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
const common = { testEnvironment: 'node', moduleFileExtensions: ['ts', 'js', 'json'], transform };

module.exports = {
  // End-to-end specs start an app and build fixtures over HTTP; a busy CI machine needs time.
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'unit', rootDir: 'src', testRegex: '.*\\.spec\\.ts$' },
    {
      ...common,
      displayName: 'e2e',
      rootDir: '.',
      testRegex: 'test/.*\\.e2e-spec\\.ts$',
      testTimeout: 30000,
    },
  ],
};
