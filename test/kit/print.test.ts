/** Print with 3 mm bleed: page = trim + 6 mm, the background runs into the bleed, crop marks sit outside the trim. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { printFiles } from '../../scripts/kit/print.tsx';
import { FIXTURE_DIR } from './fixture.ts';
import { pdfPageSize, pdfText, readQr } from './pdf.ts';

const MM = 72 / 25.4;

async function render(
  bleed: boolean,
  path: string,
  patch?: (c: Awaited<ReturnType<typeof loadConfig>>) => void,
): Promise<string> {
  const config = await loadConfig(FIXTURE_DIR);
  patch?.(config);
  const file = printFiles(config, { bleed }).find((f) => f.path === path)!;
  const out = join(mkdtempSync(join(tmpdir(), 'print-')), 'file.pdf');
  writeFileSync(out, await file.render());
  return out;
}

/** RGB of pixel (x, y) of page 1 rendered at 300 dpi. */
function pixel(pdf: string, x: number, y: number): [number, number, number] {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '300',
    '-x',
    '0',
    '-y',
    '0',
    '-W',
    '80',
    '-H',
    '80',
    '-singlefile',
    pdf,
    pdf.replace(/\.pdf$/, ''),
  ]);
  const png = PNG.sync.read(readFileSync(pdf.replace(/\.pdf$/, '.png')));
  const i = (y * png.width + x) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

describe('print with a long activation URL', () => {
  // Regression: react-pdf cannot break a word without spaces and silently dropped the URL's end.
  it('prints the whole URL over several lines and encodes it whole in the QR code', async () => {
    const url =
      'https://openclassrooms.com/fr/business/activate-your-premium-licence-now?organisation=groupe-alpina-societe-cooperative&campaign=launch-2026-september&ref=flyer';
    const pdf = await render(false, 'print/flyer-a5.fr.pdf', (c) => (c.programme.activationUrl = url));
    const text = pdfText(pdf);
    expect(text.replace(/\s+/g, '')).toContain(url);
    expect(
      text.split('\n').filter((l) => l.includes('openclassrooms.com') || l.includes('campaign=')).length,
    ).toBeGreaterThanOrEqual(2);
    expect(readQr(pdf)).toBe(url);
    expect(pdfPageSize(pdf).pages).toBe(1);
  });
});

describe('print with long names', () => {
  // Regression: react-pdf dropped the part of a word without spaces that did not fit the line.
  it('prints a long programme name, team name and contact address whole, on one page', async () => {
    const title = 'Programme-de-formation-continue-extraordinairement-long-sans-espaces';
    const team = 'Équipe_commerciale_grands_comptes_et_partenariats_internationaux';
    const contact = 'responsable.formation.continue@groupe-alpina-international.example';
    const pdf = await render(false, 'print/team-ventes-lyon.fr.pdf', (c) => {
      c.programme.name.fr = title;
      c.teams[0]!.name.fr = team;
      c.programme.contact.email = contact;
    });
    const flat = pdfText(pdf).replace(/\s+/g, '');
    expect(flat).toContain(title);
    expect(flat).toContain(team);
    expect(flat).toContain(contact); // split across lines by us, never hyphenated by react-pdf
    expect(pdfPageSize(pdf).pages).toBe(1);
  });
});

describe('print with bleed', () => {
  it('adds 3 mm on each side to A5 and A3, keeps the QR code readable and the fonts embedded', async () => {
    const a5 = await render(true, 'print/flyer-a5.en.pdf');
    const size = pdfPageSize(a5);
    expect(size.width).toBeCloseTo((148 + 6) * MM, 1);
    expect(size.height).toBeCloseTo((210 + 6) * MM, 1);
    expect(readQr(a5)).toBe('https://openclassrooms.com/fr/business/activate?org=alpina');
    expect(pdfText(a5)).toContain('Learn at your own pace, <b>for free</b>');
    const fonts = execFileSync('pdffonts', [a5], { encoding: 'utf8' });
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.some((r) => r.includes('Inter-ExtraBold'))).toBe(true);
    for (const row of rows) expect(row, 'every font embedded').toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    const a3 = pdfPageSize(await render(true, 'print/poster-a3.fr.pdf'));
    expect(a3.width).toBeCloseTo((297 + 6) * MM, 1);
    expect(a3.height).toBeCloseTo((420 + 6) * MM, 1);
  });

  it('draws crop marks on the trim lines inside the bleed, and none without bleed', async () => {
    // At 300 dpi the trim line is 3 mm = 35.4 px from the edge; the top-left horizontal mark runs on it.
    const bled = await render(true, 'print/team-data.fr.pdf');
    const mark = pixel(bled, 15, 35);
    expect(Math.max(...mark)).toBeLessThan(90); // black mark
    const background = pixel(bled, 15, 20);
    expect(background).toEqual(pixel(bled, 60, 60)); // the band's colour runs into the bleed
    const plain = await render(false, 'print/team-data.fr.pdf');
    expect(pixel(plain, 15, 35)).toEqual(pixel(plain, 60, 60));
  });
});
