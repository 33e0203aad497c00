import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests and whole-course checks take seconds; a busy two-core CI machine must not fail them on time.
    testTimeout: 30_000,
  },
});
