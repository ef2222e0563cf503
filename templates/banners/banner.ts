/**
 * Banners: website, LinkedIn, e-mail header and Teams/Slack post, as SVG with the text laid
 * out by `fit.ts`. Each text block has a box; the decoration never enters a box, and the
 * text is checked against its box by rendering it (`checkBanner`).
 */
import type { Language, OrgConfig } from '../../scripts/config/schema.ts';
import { t } from '../../scripts/config/schema.ts';
import type { FontWeight } from '../../scripts/brand/fonts.ts';
import { escapeHtml, readableOn } from '../shared.ts';
import { fitText, inside, renderedBBox, textSvg, type Box, type FitRequest } from './fit.ts';

export const BANNER_FORMATS = {
  website: { width: 1200, height: 300, title: { fr: 'Bannière du site', en: 'Website banner' } },
  linkedin: { width: 1584, height: 396, title: { fr: 'Bannière LinkedIn', en: 'LinkedIn banner' } },
  'email-header': { width: 600, height: 200, title: { fr: 'En-tête d’e-mail', en: 'E-mail header' } },
  social: { width: 1200, height: 675, title: { fr: 'Publication Teams / Slack', en: 'Teams / Slack post' } },
} as const;
export type BannerFormat = keyof typeof BANNER_FORMATS;

interface Block {
  role: 'org' | 'title' | 'tagline' | 'url';
  box: Box;
  request: FitRequest;
}

export interface Banner {
  format: BannerFormat;
  lang: Language;
  width: number;
  height: number;
  svg: string;
  /** Each text block, its box and its SVG fragment, for the overflow check. */
  blocks: { role: Block['role']; box: Box; svg: string }[];
}

function blocks(config: OrgConfig, lang: Language, width: number, height: number): Block[] {
  const wide = width / height >= 2.5;
  const pad = Math.round(height * (wide ? 0.12 : 0.08));
  const left = Math.round(pad + height * 0.05);
  // The right part holds the decoration on wide banners; text stays left of it.
  const textWidth = Math.round(width - (wide ? 0.95 : 0.5) * height - left);
  const box = (top: number, share: number): Box => ({
    x: left,
    y: Math.round(top),
    width: textWidth,
    height: Math.round(height * share),
  });
  const req = (text: string, weight: FontWeight, maxSize: number, maxLines: number): FitRequest => ({
    text,
    weight,
    maxSize,
    minSize: Math.max(9, Math.round(maxSize * 0.4)),
    maxLines,
  });
  const org = config.organisation.name;
  const title = t(config.programme.name, lang);
  const tagline = t(config.comms.tagline, lang);
  if (wide) {
    const inner = height - 2 * pad;
    return [
      { role: 'org', box: box(pad, (inner / height) * 0.16), request: req(org, 600, height * 0.09, 1) },
      {
        role: 'title',
        box: box(pad + inner * 0.22, (inner / height) * 0.46),
        request: req(title, 800, height * 0.2, 2),
      },
      {
        role: 'tagline',
        box: box(pad + inner * 0.74, (inner / height) * 0.26),
        request: req(tagline, 400, height * 0.1, 2),
      },
    ];
  }
  const url = config.programme.siteUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  return [
    { role: 'org', box: box(pad, 0.08), request: req(org, 600, height * 0.055, 1) },
    { role: 'title', box: box(pad + height * 0.13, 0.38), request: req(title, 800, height * 0.13, 3) },
    { role: 'tagline', box: box(pad + height * 0.55, 0.2), request: req(tagline, 400, height * 0.06, 3) },
    { role: 'url', box: box(height - pad - height * 0.07, 0.07), request: req(url, 600, height * 0.045, 1) },
  ];
}

/** The organisation's logo as an embeddable image (see scripts/kit/logo.ts). */
export interface BannerLogo {
  png: Buffer;
  aspect: number;
}

/** A white plate holding the logo, in the decoration area (never over a text box). */
function logoSvg(logo: BannerLogo, width: number, height: number, wide: boolean): string {
  const plateW = wide ? height * 0.7 : height * 0.36;
  const inner = plateW * 0.8;
  const logoH = Math.min(inner / logo.aspect, wide ? height * 0.3 : height * 0.12);
  const logoW = logoH * logo.aspect;
  const plateH = logoH + plateW * 0.2;
  const x = wide ? width - height * 0.85 : width - height * 0.08 - plateW;
  const y = wide ? (height - plateH) / 2 : height * 0.08;
  const f = (n: number) => n.toFixed(1);
  return (
    `<rect x="${f(x)}" y="${f(y)}" width="${f(plateW)}" height="${f(plateH)}" rx="${f(plateH * 0.12)}" fill="#ffffff"/>` +
    `<image x="${f(x + (plateW - logoW) / 2)}" y="${f(y + (plateH - logoH) / 2)}" width="${f(logoW)}" height="${f(logoH)}" href="data:image/png;base64,${logo.png.toString('base64')}"/>`
  );
}

export function banner(config: OrgConfig, lang: Language, format: BannerFormat, logo?: BannerLogo): Banner {
  const { width, height } = BANNER_FORMATS[format];
  const c = config.organisation.colours;
  const ink = readableOn(c.primary);
  const laid = blocks(config, lang, width, height).map((block) => {
    const fitted = fitText(block.request, block.box);
    return { role: block.role, box: block.box, svg: textSvg(fitted, block.box, block.request.weight, ink) };
  });
  const wide = width / height >= 2.5;
  // Decoration: an accent bar on the left and discs in the brand colours, outside every text box.
  // (wide: the disc starts at width - 0.9 h; tall: it fills the corner right of width - 0.45 h.)
  const r = wide ? height * 0.7 : height * 0.45;
  const cx = wide ? width - height * 0.2 : width + height * 0.05;
  const cy = wide ? height * 0.5 : height * 1.05;
  const label = `${config.organisation.name} — ${t(config.programme.name, lang)}: ${t(config.comms.tagline, lang)}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}">`,
    `<title>${escapeHtml(label)}</title>`,
    `<rect width="${width}" height="${height}" fill="${c.primary}"/>`,
    `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="${c.secondary}"/>`,
    `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${(r * 0.55).toFixed(1)}" fill="${c.accent}"/>`,
    `<rect width="${Math.round(height * 0.05)}" height="${height}" fill="${c.secondary}"/>`,
    logo ? logoSvg(logo, width, height, wide) : '',
    ...laid.map((b) => b.svg),
    '</svg>',
  ].join('');
  return { format, lang, width, height, svg, blocks: laid };
}

/**
 * Renders each text block alone and returns the blocks whose ink leaves their box (an empty
 * list when every text fits). The stage refuses to write a banner that overflows.
 */
export function overflowingBlocks(
  b: Pick<Banner, 'width' | 'height' | 'blocks'>,
): { role: string; box: Box; ink: Box | null }[] {
  return b.blocks
    .map((block) => ({ role: block.role, box: block.box, ink: renderedBBox(block.svg, b.width, b.height) }))
    .filter((r) => !r.ink || !inside(r.ink, r.box));
}
