module.exports = {
  projects: [
    { displayName: 'unit', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/*.test.js'] },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/*.test.js'],
      globalSetup: '<rootDir>/test/e2e/setup.js',
      globalTeardown: '<rootDir>/test/e2e/teardown.js'
    }
  ]
};
