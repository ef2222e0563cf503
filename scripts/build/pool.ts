/**
 * Doing many things at once: the worker pool that renders reports and kit files (one thread per
 * core), and `forEachLimit` for asynchronous work a few at a time.
 *
 * Piscina parks an idle worker on `Atomics.wait` by default, so the worker's event loop never
 * turns between tasks. React's scheduler (under react-pdf) releases each rendered document from a
 * `setImmediate`, which then never ran: every worker kept every document it had made, about
 * 1 MB a report, and a build at scale L peaked at 6.5 GB. With atomics disabled, tasks arrive
 * as messages and the loop turns between them.
 */
import { Piscina } from 'piscina';

export function renderPool<Task, Result>(worker: URL, threads: number): Piscina<Task, Result> {
  return new Piscina<Task, Result>({
    filename: worker.href,
    minThreads: threads,
    maxThreads: threads,
    atomics: 'disabled',
  });
}

/** Runs `fn` over `items`, at most `limit` at a time; stops starting new ones after a failure, which it rethrows. */
export async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const i = next++;
      try {
        await fn(items[i]!, i);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw failure.error;
}
