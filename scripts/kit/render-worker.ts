/**
 * A piscina worker that renders one kit file from plain data: an e-mail (MJML → HTML + text)
 * or a print PDF. Like the reports' worker, this file is plain erasable TypeScript (Node strips
 * the types) and registers tsx itself before importing the TSX renderers.
 */
import { register } from 'tsx/esm/api';

register();
const emails = await import('./emails.ts');
const print = await import('./print.tsx');
const { CliError } = await import('../cli/errors.ts');

export type KitTask =
  | { kind: 'email'; doc: import('../../templates/emails/layout.ts').EmailDoc }
  | { kind: 'print'; job: import('./print.tsx').PrintJob };

/** A CliError comes back as data: a thrown error loses its class and hint between threads. */
export type KitResult = { html: string; text: string } | Uint8Array | { failed: { message: string; hint?: string } };

export default async function renderKitTask(task: KitTask): Promise<KitResult> {
  try {
    if (task.kind === 'email') {
      const { html, text } = await emails.renderEmail(task.doc);
      return { html, text };
    }
    // Revive the logo's bytes as a Buffer: structured cloning hands a worker a plain Uint8Array.
    const { logo } = task.job;
    return await print.renderPrint(logo ? { ...task.job, logo: { ...logo, png: Buffer.from(logo.png) } } : task.job);
  } catch (error) {
    if (error instanceof CliError) return { failed: { message: error.message, hint: error.hint } };
    throw error;
  }
}
