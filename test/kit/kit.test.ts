/**
 * The whole kit built once from the fixture organisation (test/kit/fixture.ts), then checked
 * the way a person receives it: e-mails as HTML and text, PDFs through poppler, banners as PNG.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import mjml2html from 'mjml';
import { runKit, type KitManifest } from '../../scripts/kit/stage.ts';
import { launchEmail } from '../../templates/emails/launch.ts';
import { reminderEmail } from '../../templates/emails/reminder.ts';
import { briefingEmail } from '../../templates/emails/briefing.ts';
import { newsletterEmail } from '../../templates/emails/newsletter.ts';
import { courseCatalogue, newsletterData } from '../../scripts/kit/newsletter-data.ts';
import { computeMetrics } from '../../reports/metrics.ts';
import { BANNER_FORMATS } from '../../templates/banners/banner.ts';
import { compatibilityErrors } from './caniemail.ts';
import { kitContext, PERIOD, ROWS, type TestContext } from './fixture.ts';
import { pdfPageSize, pdfText, pngSize, readQr, readQrPng } from './pdf.ts';

let ctx: TestContext;
let kit: string;
let manifest: KitManifest;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = (ext: string) => walk(kit).filter((f) => f.endsWith(ext));
const read = (path: string) => readFileSync(join(kit, path), 'utf8');

beforeAll(async () => {
  ctx = await kitContext();
  manifest = await runKit(ctx);
  kit = join(ctx.out, 'kit');
});

describe('manifest', () => {
  it('lists every file of the kit, each with a title in both languages and an existing preview', () => {
    const onDisk = walk(kit)
      .map((f) => relative(kit, f))
      .filter((f) => f !== 'manifest.json' && !f.startsWith('previews/'))
      .sort();
    expect(manifest.files.map((f) => f.path)).toEqual(onDisk);
    expect(JSON.parse(read('manifest.json'))).toEqual(manifest);
    for (const file of manifest.files) {
      expect(file.title.fr.length).toBeGreaterThan(0);
      expect(file.title.en.length).toBeGreaterThan(0);
      if (file.kind !== 'calendar') expect(file.preview, file.path).toMatch(/\.png$/);
      if (file.preview) expect(statSync(join(kit, file.preview)).size, file.preview).toBeGreaterThan(1000);
    }
    // 2 languages × (launch, briefing, 3 reminders, newsletter) × (html, txt)
    expect(manifest.files.filter((f) => f.kind === 'email')).toHaveLength(24);
    // 2 languages × (A5, A4, A3, 3 team flyers)
    expect(manifest.files.filter((f) => f.kind === 'print')).toHaveLength(12);
    expect(manifest.files.filter((f) => f.kind === 'banner')).toHaveLength(16);
    expect(ctx.lines).toEqual([
      expect.stringMatching(
        /^kit → 12 e-mails \([\d.]+ s\), 12 PDFs \([\d.]+ s\), 8 banners \([\d.]+ s\), calendar in [\d.]+ s$/,
      ),
    ]);
  });
});

describe('previews', () => {
  it('stand for every team with the first team’s reminder and flyer, one per kind and language', () => {
    const preview = (path: string) => manifest.files.find((f) => f.path === path)?.preview;
    for (const lang of ['fr', 'en']) {
      for (const team of ['ventes-lyon', 'data', 'direction']) {
        expect(preview(`emails/reminder-${team}.${lang}.html`)).toBe(`previews/emails/reminder.${lang}.png`);
        expect(preview(`emails/reminder-${team}.${lang}.txt`)).toBe(`previews/emails/reminder.${lang}.png`);
        expect(preview(`print/team-${team}.${lang}.pdf`)).toBe(`previews/print/team.${lang}.png`);
      }
      expect(preview(`emails/launch.${lang}.html`)).toBe(`previews/emails/launch.${lang}.png`);
      expect(preview(`print/flyer-a5.${lang}.pdf`)).toBe(`previews/print/flyer-a5.${lang}.png`);
    }
    // Each per-team file names its team and series: the kit page shows a series as one card.
    const flyer = manifest.files.find((f) => f.path === 'print/team-data.en.pdf')!;
    expect(flyer.team).toEqual({
      id: 'data',
      name: { fr: 'Données <script>alert(1)</script>', en: 'Data <script>alert(1)</script>' },
    });
    expect(flyer.series).toEqual({
      id: 'print/team.en',
      title: { fr: 'Flyers d’équipe, un par équipe (anglais)', en: 'Team flyers, one per team (English)' },
    });
    expect(manifest.files.filter((f) => f.series?.id === 'emails/reminder.fr').map((f) => f.path)).toHaveLength(6);
    expect(manifest.files.find((f) => f.path === 'emails/launch.fr.html')!.series).toBeUndefined();
    // The print preview is page 1 of the first team's flyer (config order), as poppler draws it.
    expect(readQrPng(join(kit, 'previews/print/team.en.png'))).toBe(
      'https://learn.alpina.example/en/teams/ventes-lyon/',
    );
  });
});

describe('e-mails', () => {
  it('pass MJML strict validation', async () => {
    const c = ctx.config;
    const data = newsletterData(c, await computeMetrics(ctx.db, c, PERIOD), await courseCatalogue(ctx.db));
    const docs = c.organisation.languages.flatMap((lang) => [
      launchEmail(c, lang),
      briefingEmail(c, lang),
      ...c.teams.map((team) => reminderEmail(c, lang, team)),
      newsletterEmail(c, lang, data),
    ]);
    expect(docs).toHaveLength(12);
    for (const doc of docs) {
      const result = await mjml2html(doc.mjml, { validationLevel: 'strict' });
      expect(result.errors, `${doc.name}.${doc.lang}`).toEqual([]);
    }
  });

  it('weigh under 102 KB, declare their language, carry a preview text and alt on every image', () => {
    for (const file of files('.html')) {
      const html = readFileSync(file, 'utf8');
      const lang = /\.(fr|en)\.html$/.exec(file)![1];
      expect(Buffer.byteLength(html), file).toBeLessThan(102 * 1024);
      expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(html).toMatch(/<div style="display:none[^"]*">[^<]{10,}<\/div>/);
      const images = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
      expect(images.length).toBeGreaterThan(0);
      for (const img of images) expect(img, file).toMatch(/\balt="[^"]{3,}"/);
    }
  });

  it('pass the caniemail check for Gmail, Outlook and Apple Mail', () => {
    for (const file of files('.html')) expect(compatibilityErrors(readFileSync(file, 'utf8')), file).toEqual([]);
  });

  it('tag every web link with the campaign, and carry every link in the plain-text part', () => {
    for (const file of files('.html')) {
      const html = readFileSync(file, 'utf8');
      const text = readFileSync(file.replace(/\.html$/, '.txt'), 'utf8');
      const name = /emails\/(.+)\.(fr|en)\.html$/.exec(file)!;
      const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
      expect(hrefs.length).toBeGreaterThan(2);
      for (const href of hrefs) {
        if (href.startsWith('mailto:')) expect(text, file).toContain(href.slice('mailto:'.length));
        else {
          expect(href, file).toContain(`utm_campaign=${name[1]}`);
          expect(href, file).toContain(`utm_content=${name[2]}`);
          expect(text, file).toContain(href);
        }
      }
    }
  });

  it('write config copy holding HTML as text', () => {
    for (const file of files('.html')) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toContain('Groupe Alpina &lt;b&gt;Test&lt;/b&gt;');
      expect(html, file).not.toMatch(/<b>|<script/i);
    }
    expect(read('emails/reminder-data.en.html')).toContain('Data &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(read('emails/reminder-data.en.txt')).toContain('Data <script>alert(1)</script>');
  });

  it('fill the newsletter with the figures worked out by hand, small groups left out', () => {
    const fr = read('emails/newsletter-2026-10.fr.txt');
    expect(fr).toContain('La lettre d’octobre 2026');
    expect(fr).toMatch(/5,5\s+heures apprises/);
    expect(fr).toMatch(/\b1\s+certificats obtenus/);
    expect(fr).toMatch(/\b5\s+apprenants actifs/);
    expect(fr).toMatch(/62\s%\s+taux d’activation/);
    const top = fr.slice(fr.indexOf('Les cours les plus suivis'), fr.indexOf('Les cours suggérés'));
    expect(top).toContain('SQL pour tous');
    expect(top).toContain('— 5 apprenants');
    expect(top).not.toContain('Excel'); // 1 learner < minGroupSize
    const teams = fr.slice(fr.indexOf('Les équipes par taux'), fr.indexOf('Prochaines dates'));
    expect(teams).toMatch(/Ventes Lyon — 80\s%[\s\S]*Direction — 50\s%/);
    expect(teams).not.toContain('Données'); // 2 members < minGroupSize
    expect(fr).toMatch(/jeudi 5 novembre 2026 — Revue mensuelle\s+\* lundi 7 décembre 2026 — Revue mensuelle/);
    const en = read('emails/newsletter-2026-10.en.txt');
    expect(en).toMatch(/5\.5\s+hours learned/);
    expect(en).toContain('Sales Lyon — 80%');
  });
});

describe('print', () => {
  const size = (paper: string) => ({ A5: [419.53, 595.28], A4: [595.28, 841.89], A3: [841.89, 1190.55] })[paper]!;

  it('has the paper sizes of A5, A4 and A3', () => {
    for (const [file, paper] of [
      ['flyer-a5', 'A5'],
      ['flyer-a4', 'A4'],
      ['poster-a3', 'A3'],
      ['team-data', 'A5'],
    ] as const) {
      for (const lang of ['fr', 'en']) {
        const got = pdfPageSize(join(kit, `print/${file}.${lang}.pdf`));
        expect(got.pages).toBe(1);
        expect(got.width).toBeCloseTo(size(paper)[0]!, 1);
        expect(got.height).toBeCloseTo(size(paper)[1]!, 1);
      }
    }
  });

  it('prints the copy in each language, config HTML as text', () => {
    const fr = pdfText(join(kit, 'print/flyer-a5.fr.pdf'));
    expect(fr).toContain('Trois étapes pour commencer');
    expect(fr).toContain('Créez votre compte ou connectez-vous');
    expect(fr).toContain('Apprenez à votre rythme, <b>gratuitement</b>');
    expect(fr).toContain('Groupe Alpina <b>Test</b>');
    const en = pdfText(join(kit, 'print/team-data.en.pdf'));
    expect(en).toContain('Three steps to get started');
    expect(en).toContain('Team Data <script>alert(1)</script>');
    expect(en).toContain('Scan to open your team’s page');
  });

  it('holds a QR code that reads back as exactly the intended URL', () => {
    expect(readQr(join(kit, 'print/flyer-a5.fr.pdf'))).toBe(
      'https://openclassrooms.com/fr/business/activate?org=alpina',
    );
    expect(readQr(join(kit, 'print/team-ventes-lyon.en.pdf'))).toBe(
      'https://learn.alpina.example/en/teams/ventes-lyon/',
    );
    // The French team page lives where the site puts it (regression: the flyer pointed to /fr/teams/).
    expect(readQr(join(kit, 'print/team-ventes-lyon.fr.pdf'))).toBe(
      'https://learn.alpina.example/fr/equipes/ventes-lyon/',
    );
    expect(readQr(join(kit, 'print/poster-a3.en.pdf'), 40)).toBe(
      'https://openclassrooms.com/fr/business/activate?org=alpina',
    );
  });
});

describe('banners', () => {
  it('have the exact pixel sizes, and their SVG escapes config HTML', () => {
    for (const [format, { width, height }] of Object.entries(BANNER_FORMATS)) {
      for (const lang of ['fr', 'en']) {
        expect(pngSize(join(kit, `banners/${format}.${lang}.png`))).toEqual({ width, height });
        const svg = read(`banners/${format}.${lang}.svg`);
        expect(svg).toContain('&lt;b&gt;');
        expect(svg).not.toMatch(/<b>|<script/);
      }
    }
  });
});

describe('calendar', () => {
  it('holds launch, kickoff, send dates and monthly reviews, stamped from the config', () => {
    const ics = read('calendar.ics');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1 + 1 + 3 + 12); // launch, kickoff, 3 other send dates, 12 reviews
    expect(ics).toContain('DTSTART;VALUE=DATE:20260914');
    expect(ics).toContain('UID:kickoff-2026-09-17@learn.alpina.example');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261207'); // 5 Dec 2026 is a Saturday: moved to Monday
    expect([...new Set(ics.match(/DTSTAMP:\S+/g))]).toEqual(['DTSTAMP:20260914T000000Z']);
  });
});

describe('every kit file', () => {
  const BAD = /\bundefined\b|\bNaN\b|\[object Object\]|\{\{|\}\}|\$\{|%s\b/;
  /** What a template writes, without the CSS MJML adds (`}}` closes its @media rules) or embedded images. */
  const written = (text: string) =>
    text
      .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/data:[\w/+.-]+;base64,[\w+/=]+/g, '');

  it('holds no undefined, NaN, [object Object] or unfilled placeholder (PDFs through pdftotext)', () => {
    const all = walk(kit);
    // + previews (2 languages × (launch, briefing, newsletter, reminder; A5, A4, A3, team flyer)) + manifest.json
    expect(all.length).toBe(manifest.files.length + 16 + 1);
    for (const file of all) {
      if (file.endsWith('.png')) continue;
      const text = file.endsWith('.pdf') ? pdfText(file) : written(readFileSync(file, 'utf8'));
      expect(text.length, file).toBeGreaterThan(10);
      expect(BAD.exec(text)?.[0], file).toBeUndefined();
    }
  });

  it('holds no member e-mail address and no member name', () => {
    const personal = ROWS.members.flatMap((m) => [m.email, m.first_name, m.last_name]);
    expect(personal).toContain('Quintard-v5');
    for (const file of walk(kit)) {
      if (file.endsWith('.png')) continue;
      const text = file.endsWith('.pdf') ? pdfText(file) : readFileSync(file, 'utf8');
      for (const value of personal) expect(text.includes(value), `${file} holds ${value}`).toBe(false);
    }
  });

  it('is byte-identical when built again from the same inputs, on a worker pool this time', async () => {
    const again = await kitContext();
    await runKit(again, { workers: 2 });
    const second = join(again.out, 'kit');
    const list = walk(kit)
      .map((f) => relative(kit, f))
      .sort();
    expect(
      walk(second)
        .map((f) => relative(second, f))
        .sort(),
    ).toEqual(list);
    const differ = list.filter((f) => !readFileSync(join(kit, f)).equals(readFileSync(join(second, f))));
    expect(differ).toEqual([]);
  });
});
