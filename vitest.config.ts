import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Config files import `launchkit/config`; outside Vite a Node resolve hook maps it (scripts/config/load-config.ts).
  resolve: { alias: { 'launchkit/config': fileURLToPath(new URL('./scripts/config/schema.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Pin the time zone so snapshots and date maths do not depend on the machine.
    env: { TZ: 'Europe/Paris' },
    pool: 'forks',
  },
});
