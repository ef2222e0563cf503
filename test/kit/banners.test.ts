/** Banners fit any copy: text shrinks, wraps or ends with an ellipsis, and never leaves its box. */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { BANNER_FORMATS, banner, overflowingBlocks, type BannerFormat } from '../../templates/banners/banner.ts';
import { inkWidth, resvgOptions, textSvg } from '../../templates/banners/fit.ts';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { FIXTURE_DIR } from './fixture.ts';

const LONG_ORG =
  'Société Coopérative Internationale des Transports Ferroviaires, Fluviaux et Maritimes de la Région Auvergne-Rhône-Alpes et Associés Réunis';
const LONG_TITLE = 'Programme-de-formation-continue-extraordinairement-long-sans-aucun-espace';
const LONG_TAGLINE =
  'Apprenez à votre rythme, sur ordinateur comme sur mobile, pendant votre temps de travail, avec des centaines de cours certifiants et des parcours métiers conçus avec vos managers';

describe('banners', () => {
  it('fit very long names and titles in every format, at the exact pixel size', async () => {
    const config = await loadConfig(FIXTURE_DIR);
    config.organisation.name = LONG_ORG;
    config.programme.name = { fr: LONG_TITLE, en: LONG_TITLE };
    config.comms.tagline = { fr: LONG_TAGLINE, en: LONG_TAGLINE };
    for (const format of Object.keys(BANNER_FORMATS) as BannerFormat[]) {
      const b = banner(config, 'fr', format);
      // At its largest size the organisation's name is far wider than its box: the fit did work.
      const org = b.blocks.find((x) => x.role === 'org')!;
      expect(inkWidth(LONG_ORG, 600, org.box.height)).toBeGreaterThan(org.box.width);
      expect(overflowingBlocks(b), format).toEqual([]);
      const png = new Resvg(b.svg, resvgOptions()).render();
      expect([png.width, png.height]).toEqual([BANNER_FORMATS[format].width, BANNER_FORMATS[format].height]);
    }
  });

  it('reports a text that would overflow its box (the check can fail)', async () => {
    const config = await loadConfig(FIXTURE_DIR);
    const b = banner(config, 'en', 'email-header');
    const title = b.blocks.find((x) => x.role === 'title')!;
    // The same line drawn three times larger than the layout chose: it must be caught.
    const tooBig = textSvg(
      { size: title.box.height * 1.2, lineHeight: 1.15, lines: ['Alpina Learns and much more'] },
      title.box,
      800,
      '#fff',
    );
    const over = overflowingBlocks({ ...b, blocks: [{ ...title, svg: tooBig }] });
    expect(over.map((o) => o.role)).toEqual(['title']);
    expect(over[0]!.ink!.width).toBeGreaterThan(title.box.width);
  });
});
