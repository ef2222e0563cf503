/**
 * Renders kit files in this thread or on a worker pool sized to the cores. The stage hands
 * each file over as plain data (an e-mail's MJML, a print job), so a file's bytes do not depend
 * on where, or in which order, it was rendered.
 */
import { availableParallelism } from 'node:os';
import { CliError } from '../cli/errors.ts';
import { renderPool } from '../build/pool.ts';
import type { RenderedEmail } from './emails.ts';
import type { KitResult, KitTask } from './render-worker.ts';

export interface KitRenderer {
  /** Worker threads (0: this thread). */
  readonly workers: number;
  email(doc: Extract<KitTask, { kind: 'email' }>['doc']): Promise<Pick<RenderedEmail, 'html' | 'text'>>;
  print(job: Extract<KitTask, { kind: 'print' }>['job']): Promise<Buffer>;
  close(): Promise<void>;
}

/** Below this many teams, starting workers (each loads MJML, react-pdf and the fonts, ~2 s) costs more than it saves. */
const POOL_THRESHOLD = 16;

export function defaultKitWorkers(teamCount: number): number {
  return teamCount < POOL_THRESHOLD ? 0 : availableParallelism();
}

export async function openKitRenderer(workers: number): Promise<KitRenderer> {
  if (workers === 0) {
    const { renderEmail } = await import('./emails.ts');
    const { renderPrint } = await import('./print.tsx');
    return {
      workers,
      email: renderEmail,
      print: renderPrint,
      close: async () => {},
    };
  }
  const pool = renderPool<KitTask, KitResult>(new URL('./render-worker.ts', import.meta.url), workers);
  const run = async (task: KitTask) => {
    const result = await pool.run(task);
    if ('failed' in result) throw new CliError(result.failed.message, { hint: result.failed.hint });
    return result;
  };
  return {
    workers,
    email: async (doc) => (await run({ kind: 'email', doc })) as { html: string; text: string },
    print: async (job) => {
      const pdf = (await run({ kind: 'print', job })) as Uint8Array;
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
    close: () => pool.destroy(),
  };
}
