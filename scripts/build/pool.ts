/**
 * The worker pool that renders reports and kit files, one thread per core.
 *
 * Piscina parks an idle worker on `Atomics.wait` by default, so the worker's event loop never
 * turns between tasks. React's scheduler (under react-pdf) releases each rendered document from a
 * `setImmediate`, which then never ran: every worker kept every document it had made, about
 * 1 MB a report, and a build at scale L peaked at 6.5 GB. With atomics disabled, tasks arrive
 * as messages and the loop turns between them.
 */
import { Piscina } from 'piscina';

export function renderPool<Task, Result>(worker: URL, threads: number): Piscina<Task, Result> {
  return new Piscina<Task, Result>({ filename: worker.href, minThreads: threads, maxThreads: threads, atomics: 'disabled' });
}
