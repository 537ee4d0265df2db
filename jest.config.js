/** Jest: TypeScript through ts-jest; one summary line is printed by test/summary-reporter.js for CI. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  testTimeout: 60000,
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/helpers/office-app-stub.js' },
};
