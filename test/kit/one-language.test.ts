/** An organisation that works in one language gets a kit in that language only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKit } from '../../scripts/kit/stage.ts';
import { kitContext } from './fixture.ts';

describe('kit in one language', () => {
  it('writes English files only, and an English-only calendar', async () => {
    const ctx = await kitContext({
      configPatch: (c) => {
        c.organisation.languages = ['en'];
        c.organisation.defaultLanguage = 'en';
      },
    });
    const manifest = await runKit(ctx, { emailPreviews: false });
    expect(new Set(manifest.files.filter((f) => f.kind !== 'calendar').map((f) => f.lang))).toEqual(new Set(['en']));
    expect(manifest.files.filter((f) => f.kind === 'email')).toHaveLength(12); // 6 e-mails × (html, txt)
    const ics = readFileSync(join(ctx.out, 'kit/calendar.ics'), 'utf8');
    expect(ics).toContain('SUMMARY:Alpina Learns — Launch\r\n');
    expect(ics).not.toContain('Lancement');
  });
});
