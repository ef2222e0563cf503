/**
 * Pieces shared by the print templates: embedded fonts, the page frame (trim size, optional
 * 3 mm bleed and crop marks) and a vector QR code.
 */
import type React from 'react';
import { Page, Path, Svg, View } from '@react-pdf/renderer';
import { registerPdfFonts } from '../../scripts/brand/pdf-fonts.ts';
import { qrSvg } from '../../scripts/brand/qr.ts';
import { PRINT_FEATURES } from './measure.ts';

export const MM = 72 / 25.4;
export const BLEED_MM = 3;
export const PAPER = { A5: [148, 210], A4: [210, 297], A3: [297, 420] } as const;
export type Paper = keyof typeof PAPER;

/** Inter, embedded (subset) in every PDF: the one registration all our PDFs share. */
export const registerFonts = registerPdfFonts;

/**
 * A QR code's dark modules as one filled path, from the `qrcode` SVG (which draws them as
 * 1-unit strokes): filled squares print and scan more reliably than hairline strokes.
 */
export async function qrModules(url: string): Promise<{ size: number; d: string }> {
  const svg = await qrSvg(url, { margin: 2 });
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const stroke = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !stroke) throw new Error('unexpected QR SVG from qrcode');
  let x = 0;
  let y = 0;
  const rects: string[] = [];
  for (const [, op, a, b] of stroke.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const w = Number(a);
      rects.push(`M${x} ${y - 0.5}h${w}v1h${-w}z`);
      x += w;
    }
  }
  return { size, d: rects.join('') };
}

export function QrCode({ modules, width }: { modules: { size: number; d: string }; width: number }) {
  return (
    <Svg width={width} height={width} viewBox={`0 0 ${modules.size} ${modules.size}`}>
      <Path d={`M0 0h${modules.size}v${modules.size}H0z`} fill="#ffffff" />
      <Path d={modules.d} fill="#000000" />
    </Svg>
  );
}

/** Trim size in points, and the page size once bleed is added. */
export function pageSize(paper: Paper, bleed: boolean): { width: number; height: number; bleed: number } {
  const [w, h] = PAPER[paper];
  const b = bleed ? BLEED_MM * MM : 0;
  return { width: w * MM + 2 * b, height: h * MM + 2 * b, bleed: b };
}

/**
 * Crop marks in the bleed area, on the trim lines, never entering the trimmed page. Drawn as
 * thin boxes (black on a white halo, readable on any background) rather than one page-sized
 * SVG, which react-pdf would try to paginate.
 */
function CropMarks({ width, height, bleed }: { width: number; height: number; bleed: number }) {
  const len = bleed - 1;
  const marks: { left: number; top: number; width: number; height: number }[] = [];
  for (const x of [bleed, width - bleed]) {
    marks.push({ left: x, top: 0, width: 0, height: len }, { left: x, top: height - len, width: 0, height: len });
  }
  for (const y of [bleed, height - bleed]) {
    marks.push({ left: 0, top: y, width: len, height: 0 }, { left: width - len, top: y, width: len, height: 0 });
  }
  const box = (m: (typeof marks)[number], stroke: number, colour: string, key: string) => (
    <View
      key={key}
      style={{
        position: 'absolute',
        left: m.left - stroke / 2,
        top: m.top - stroke / 2,
        width: m.width + stroke,
        height: m.height + stroke,
        backgroundColor: colour,
      }}
    />
  );
  return <>{marks.flatMap((m, i) => [box(m, 1.2, '#ffffff', `h${i}`), box(m, 0.3, '#000000', `m${i}`)])}</>;
}

/**
 * One printed page. `background` paints from the page edge (so it bleeds when bleed is on);
 * `children` are laid out inside the trim box.
 */
export function PrintPage({
  paper,
  bleed,
  background,
  children,
}: {
  paper: Paper;
  bleed: boolean;
  background?: React.ReactNode;
  children: React.ReactNode;
}) {
  const size = pageSize(paper, bleed);
  return (
    // Contextual alternates off, as in the reports: most of fontkit's shaping time, for glyph
    // swaps a flyer never shows.
    <Page
      size={[size.width, size.height]}
      style={{ fontFamily: 'Inter', fontFeatureSettings: PRINT_FEATURES, position: 'relative' }}
    >
      {background}
      <View
        style={{
          position: 'absolute',
          top: size.bleed,
          left: size.bleed,
          width: size.width - 2 * size.bleed,
          height: size.height - 2 * size.bleed,
        }}
      >
        {children}
      </View>
      {bleed ? <CropMarks width={size.width} height={size.height} bleed={size.bleed} /> : null}
    </Page>
  );
}
