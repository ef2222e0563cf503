// The render pool lets a worker's event loop turn between tasks: React's scheduler (under
// react-pdf) frees each rendered document from a setImmediate, and a pool whose idle workers
// never reach their event loop kept every document (6.5 GB at scale L).
import { expect, test } from 'vitest';
import { renderPool } from '../../scripts/build/pool.ts';

test("an idle worker runs the previous task's immediates", async () => {
  const pool = renderPool<void, number>(new URL('./pool-worker.mjs', import.meta.url), 1);
  try {
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      seen.push(await pool.run());
      // The worker waits for its next task (a busy worker may take it before its immediates).
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  } finally {
    await pool.destroy();
  }
});
