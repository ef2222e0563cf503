/** The kit's worker pool: a template error keeps its CliError across threads; files are rendered at most `limit` at a time. */
import { describe, expect, it } from 'vitest';
import { CliError } from '../../scripts/cli/errors.ts';
import { forEachLimit } from '../../scripts/build/pool.ts';
import { openKitRenderer } from '../../scripts/kit/renderer.ts';

const broken = {
  name: 'broken',
  lang: 'fr' as const,
  title: { fr: 'x', en: 'x' },
  subject: 's',
  preview: 'p',
  mjml: '<mjml><mj-body><mj-section><mj-text>not in a column</mj-text></mj-section></mj-body></mjml>',
};

describe('kit renderer', () => {
  it('reports invalid MJML rendered on a worker as the CliError naming the e-mail, with its hint', async () => {
    const renderer = await openKitRenderer(1);
    try {
      const error = await renderer.email(broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).message).toMatch(/^templates\/emails: broken\.fr is not valid MJML/);
      expect((error as CliError).hint).toMatch(/fix the template/);
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it('runs at most `limit` jobs at once, every item once, and stops starting new ones after a failure', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5 * (n % 3)));
      seen.push(n);
      running--;
    });
    expect(most).toBe(3);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const started: number[] = [];
    const failing = forEachLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('boom 2');
      await new Promise((r) => setTimeout(r, 10));
    });
    await expect(failing).rejects.toThrow('boom 2');
    // 1 and 2 start together; 2 fails at once, so 3 never starts, nor does anything after it.
    expect(started).toEqual([1, 2]);
  });
});
