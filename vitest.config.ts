import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Pin the time zone so snapshots and date maths do not depend on the machine.
    env: { TZ: 'Europe/Paris' },
    pool: 'forks',
  },
});
