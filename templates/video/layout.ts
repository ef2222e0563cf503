/**
 * Where everything sits in each format. Every text has a box and is fitted to it by the
 * banners' `fitText` (measured by resvg with Inter), so long config copy shrinks or ends with
 * an ellipsis instead of leaving the frame. Elements are listed in the storyboard's order.
 */
import type { FontWeight } from '../../scripts/brand/fonts.ts';
import { contrast, readableOn } from '../shared.ts';
import { ASCENT, DESCENT, fitText, textSvg, type Box, type FittedText } from '../banners/fit.ts';
import type { TeaserContent } from './content.ts';
import { displayUrl } from './content.ts';
import type { SceneName } from './storyboard.ts';

export const VIDEO_FORMATS = {
  landscape: { width: 1920, height: 1080, title: { fr: '1920×1080', en: '1920×1080' } },
  portrait: { width: 1080, height: 1920, title: { fr: '1080×1920, pour téléphone', en: '1080×1920, for phones' } },
} as const;
export type VideoFormat = keyof typeof VIDEO_FORMATS;

/** One element: shapes and images drawn as they are, text turned into outlines once (frame.ts). */
export interface Element {
  shapes: string;
  text: string;
  /** Where it slides in from, relative to its place. */
  dx: number;
  dy: number;
}

export interface Disc {
  cx: number;
  cy: number;
  r: number;
}
/** The decoration of a scene: a large disc in the secondary colour and a small one in the accent. */
export interface Decor {
  large: Disc;
  small: Disc;
}

export interface SceneLayout {
  name: SceneName;
  elements: Element[];
  decor: Decor;
}

export interface Layout {
  format: VideoFormat;
  width: number;
  height: number;
  background: string;
  /** Drawn under every scene, never moves (the accent bar). */
  fixed: string;
  scenes: Map<SceneName, SceneLayout>;
}

export interface QrCode {
  /** The SVG from scripts/brand/qr.ts (viewBox `0 0 n n`, quiet zone included). */
  svg: string;
  modules: number;
}

const f = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

interface Palette {
  ink: string;
  heading: string;
  card: string;
  cardInk: string;
  accent: string;
  tick: string;
}

function palette(c: TeaserContent['colours']): Palette {
  const ink = readableOn(c.primary);
  return {
    ink,
    // Large text needs 3:1 (WCAG AA); otherwise the plain ink colour.
    heading: contrast(c.secondary, c.primary) >= 3 ? c.secondary : ink,
    card: c.background,
    cardInk: contrast(c.text, c.background) >= 4.5 ? c.text : readableOn(c.background),
    accent: c.accent,
    tick: readableOn(c.accent),
  };
}

const blockHeight = (fitted: FittedText) =>
  fitted.size * (ASCENT + DESCENT + (fitted.lines.length - 1) * fitted.lineHeight);

function text(
  value: string,
  box: Box,
  weight: FontWeight,
  maxSize: number,
  maxLines: number,
  colour: string,
  middle = false,
): string {
  const fitted = fitText({ text: value, weight, maxSize, minSize: Math.round(maxSize * 0.45), maxLines }, box);
  if (!middle) return textSvg(fitted, box, weight, colour);
  return textSvg(fitted, { ...box, y: box.y + (box.height - blockHeight(fitted)) / 2 }, weight, colour);
}

const rect = (b: Box, fill: string, radius: number) =>
  `<rect x="${f(b.x)}" y="${f(b.y)}" width="${f(b.width)}" height="${f(b.height)}" rx="${f(radius)}" fill="${fill}"/>`;

/** A card holding one line of copy, with a round mark on the left (a tick for benefits, a dot for courses). */
function card(
  value: string,
  box: Box,
  p: Palette,
  mark: 'tick' | 'play',
  maxSize: number,
  maxLines: number,
  dx: number,
): Element {
  const r = Math.min(26, box.height * 0.2);
  const cx = box.x + 36 + r;
  const cy = box.y + box.height / 2;
  const icon =
    mark === 'tick'
      ? `<path d="M${f(cx - r * 0.45)} ${f(cy + r * 0.02)} L${f(cx - r * 0.1)} ${f(cy + r * 0.38)} L${f(cx + r * 0.5)} ${f(cy - r * 0.35)}" fill="none" stroke="${p.tick}" stroke-width="${f(r * 0.22)}" stroke-linecap="round" stroke-linejoin="round"/>`
      : `<path d="M${f(cx - r * 0.3)} ${f(cy - r * 0.45)} L${f(cx + r * 0.5)} ${f(cy)} L${f(cx - r * 0.3)} ${f(cy + r * 0.45)} Z" fill="${p.tick}"/>`;
  const textBox = {
    x: cx + r + 30,
    y: box.y + 16,
    width: box.x + box.width - (cx + r + 30) - 32,
    height: box.height - 32,
  };
  return {
    shapes: `${rect(box, p.card, 22)}<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${p.accent}"/>${icon}`,
    text: text(value, textBox, 500, maxSize, maxLines, p.cardInk, true),
    dx,
    dy: 0,
  };
}

function logoPlate(content: TeaserContent, x: number, y: number, height: number): Element {
  if (!content.logo) return { shapes: '', text: '', dx: 0, dy: 30 };
  const logoH = height * 0.62;
  const logoW = Math.min(logoH * content.logo.aspect, 700);
  const plateW = logoW + height * 0.5;
  return {
    shapes:
      rect({ x, y, width: plateW, height }, content.colours.background, height * 0.16) +
      `<image x="${f(x + (plateW - logoW) / 2)}" y="${f(y + (height - logoW / content.logo.aspect) / 2)}" width="${f(logoW)}" height="${f(logoW / content.logo.aspect)}" href="data:image/png;base64,${content.logo.png.toString('base64')}"/>`,
    text: '',
    dx: 0,
    dy: 30,
  };
}

/** The QR code at a whole number of pixels per module, on the white of its own quiet zone. */
function qrPlate(qr: QrCode, x: number, y: number, size: number, background: string): Element {
  const unit = Math.floor(size / qr.modules);
  const side = unit * qr.modules;
  const inner = qr.svg.replace(
    /^<svg /,
    `<svg x="${Math.round(x + (size - side) / 2)}" y="${Math.round(y + (size - side) / 2)}" width="${side}" height="${side}" `,
  );
  return { shapes: rect({ x, y, width: size, height: size }, background, 24) + inner, text: '', dx: 0, dy: 40 };
}

interface Frame {
  x: number;
  w: number;
}

export function layout(content: TeaserContent, format: VideoFormat, qr: QrCode): Layout {
  const { width, height } = VIDEO_FORMATS[format];
  const p = palette(content.colours);
  const wide = format === 'landscape';
  const col: Frame = wide ? { x: 160, w: 1200 } : { x: 100, w: 880 };
  const at = (y: number, h: number, w = col.w): Box => ({ x: col.x, y, width: w, height: h });
  const scenes = new Map<SceneName, SceneLayout>();
  const plain = (svg: string, dx = 0, dy = 40): Element => ({ shapes: '', text: svg, dx, dy });
  const disc = (cx: number, cy: number, r: number): Disc => ({ cx, cy, r });

  const titleBox = at(wide ? 390 : 600, wide ? 290 : 430);
  const title = fitText(
    { text: content.programme, weight: 800, maxSize: 128, minSize: 58, maxLines: wide ? 2 : 3 },
    titleBox,
  );
  const titleBottom = titleBox.y + blockHeight(title);
  scenes.set('intro', {
    name: 'intro',
    elements: [
      logoPlate(content, col.x, wide ? 190 : 380, wide ? 150 : 160),
      plain(textSvg(title, titleBox, 800, p.ink)),
      plain(text(content.org, at(titleBottom + (wide ? 40 : 50), 70), 600, 54, 1, p.heading)),
    ],
    decor: wide
      ? { large: disc(1800, 540, 420), small: disc(1800, 540, 220) }
      : { large: disc(980, 1760, 520), small: disc(980, 1760, 280) },
  });

  const taglineBox = at(wide ? 280 : 560, wide ? 450 : 720);
  const tagline = fitText(
    { text: content.tagline, weight: 800, maxSize: 112, minSize: 50, maxLines: wide ? 4 : 6 },
    taglineBox,
  );
  const taglineBottom = taglineBox.y + blockHeight(tagline);
  scenes.set('tagline', {
    name: 'tagline',
    elements: [
      plain(textSvg(tagline, taglineBox, 800, p.ink)),
      {
        shapes: rect({ x: col.x, y: taglineBottom + 40, width: 180, height: 14 }, p.heading, 7),
        text: '',
        dx: -60,
        dy: 0,
      },
    ],
    decor: wide
      ? { large: disc(1790, 920, 440), small: disc(1560, 170, 120) }
      : { large: disc(120, 1820, 400), small: disc(930, 300, 130) },
  });

  const cardW = wide ? 1240 : 880;
  const cardH = wide ? 160 : 250;
  const cardStep = wide ? 190 : 290;
  scenes.set('benefits', {
    name: 'benefits',
    elements: [
      plain(text(content.benefitsTitle, at(wide ? 150 : 340, wide ? 80 : 110), 700, 64, wide ? 1 : 2, p.heading)),
      ...content.benefits.map((b, i) =>
        card(
          b,
          { x: col.x, y: (wide ? 300 : 520) + i * cardStep, width: cardW, height: cardH },
          p,
          'tick',
          wide ? 50 : 54,
          wide ? 2 : 3,
          -80,
        ),
      ),
    ],
    decor: wide
      ? { large: disc(1830, 300, 380), small: disc(1700, 950, 150) }
      : { large: disc(1000, 1860, 380), small: disc(120, 1700, 110) },
  });

  if (content.courses.length > 0) {
    const courseH = wide ? 130 : 200;
    const courseStep = wide ? 155 : 230;
    scenes.set('courses', {
      name: 'courses',
      elements: [
        plain(text(content.coursesTitle, at(wide ? 130 : 340, wide ? 80 : 110), 700, 64, wide ? 1 : 2, p.heading)),
        ...content.courses.map((c, i) =>
          card(
            c,
            { x: col.x, y: (wide ? 270 : 520) + i * courseStep, width: cardW, height: courseH },
            p,
            'play',
            wide ? 44 : 48,
            2,
            80,
          ),
        ),
      ],
      decor: wide
        ? { large: disc(1760, 880, 360), small: disc(1820, 220, 140) }
        : { large: disc(80, 1860, 380), small: disc(980, 1640, 130) },
    });
  }

  const url = displayUrl(content.activationUrl);
  const qrSize = wide ? 520 : 640;
  const qrX = wide ? 1240 : (width - qrSize) / 2;
  const qrY = wide ? 280 : 900;
  scenes.set('cta', {
    name: 'cta',
    elements: wide
      ? [
          plain(text(content.cta, at(250, 270, 960), 800, 120, 2, p.ink)),
          qrPlate(qr, qrX, qrY, qrSize, content.colours.background),
          plain(text(content.scan, at(570, 70, 960), 500, 46, 1, p.heading)),
          plain(text(url, at(670, 130, 960), 600, 42, 2, p.ink)),
        ]
      : [
          plain(text(content.cta, at(240, 300), 800, 120, 2, p.ink)),
          qrPlate(qr, qrX, qrY, qrSize, content.colours.background),
          plain(text(content.scan, at(580, 130), 500, 52, 2, p.heading)),
          plain(text(url, at(1600, 140), 600, 46, 2, p.ink)),
        ],
    decor: wide
      ? { large: disc(qrX + qrSize / 2, qrY + qrSize / 2, 390), small: disc(1790, 960, 130) }
      : { large: disc(540, qrY + qrSize / 2, 380), small: disc(130, 1820, 140) },
  });

  const bar = wide
    ? `<rect width="24" height="${height}" fill="${content.colours.secondary}"/>`
    : `<rect width="${width}" height="24" fill="${content.colours.secondary}"/>`;
  return { format, width, height, background: content.colours.primary, fixed: bar, scenes };
}
