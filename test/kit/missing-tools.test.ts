/** Issue 13.10: a build without pdftoppm crashed with "spawn pdftoppm ENOENT"; now it is a warning like a missing Chromium. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { runKit } from '../../scripts/kit/stage.ts';
import { kitContext } from './fixture.ts';

const PATH = process.env.PATH;
afterEach(() => {
  process.env.PATH = PATH;
});

test('without pdftoppm the print pieces are made, without previews, and the warning says what to install', async () => {
  const ctx = await kitContext({
    configPatch: (c) => {
      c.organisation.languages = ['en'];
      c.organisation.defaultLanguage = 'en';
    },
  });
  process.env.PATH = '/nonexistent';
  const manifest = await runKit(ctx, { emailPreviews: false });
  const print = manifest.files.filter((f) => f.kind === 'print');
  expect(print.length).toBeGreaterThan(0);
  for (const f of print) {
    expect(existsSync(join(ctx.out, 'kit', f.path))).toBe(true);
    expect(f.preview).toBeUndefined();
  }
  expect(ctx.lines.join('\n')).toMatch(/no pdftoppm on the PATH.*apt-get install -y poppler-utils/);
});
