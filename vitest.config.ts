import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // End-to-end suites build whole sites; give them room on a small shared machine.
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
