/**
 * Jest runs TypeScript through ts-jest. tsconfig's isolatedModules makes
 * ts-jest transpile without type-checking; `npm test` type-checks with tsc
 * before jest runs.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 60000,
};
