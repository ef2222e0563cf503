/**
 * The organisation's logo (`organisation.logo`, SVG or PNG in the data folder) as a PNG the
 * PDFs and banners can embed. SVG logos are drawn by resvg with the embedded Inter files, so a
 * logo's text looks the same on every machine.
 */
import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import type { OrgConfig } from '../config/schema.ts';
import { dataFileUnder } from '../core/paths.ts';
import { CliError } from '../cli/errors.ts';
import { resvgOptions } from '../../templates/banners/fit.ts';

export interface Logo {
  png: Buffer;
  /** width / height */
  aspect: number;
}

const HEIGHT_PX = 256;

export async function loadLogo(config: OrgConfig, dataDir: string): Promise<Logo | undefined> {
  const path = config.organisation.logo;
  if (!path) return undefined;
  const file = dataFileUnder(dataDir, path, 'organisation.logo');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(`${file}: the logo named by organisation.logo cannot be read`, {
      hint: 'Put the logo file in the data folder or fix organisation.logo.',
      cause: error,
    });
  }
  if (/\.svg$/i.test(path)) {
    const rendered = new Resvg(bytes, { ...resvgOptions(), fitTo: { mode: 'height', value: HEIGHT_PX } }).render();
    return { png: rendered.asPng(), aspect: rendered.width / rendered.height };
  }
  if (/\.png$/i.test(path)) {
    const png = PNG.sync.read(bytes);
    return { png: bytes, aspect: png.width / png.height };
  }
  throw new CliError(`${file}: the logo must be an SVG or a PNG file`, {
    hint: 'Export the logo as SVG (best) or PNG.',
  });
}

/**
 * The logo flattened onto white, as an opaque RGB PNG, for the print files: the flyers lay it
 * on a white plate, so it looks the same, and pdfkit embeds an opaque PNG's compressed data as
 * it is, where a PNG with alpha is decoded and split into colour and mask again for every PDF
 * (~60 ms a team flyer, two thirds of its rendering).
 */
export function logoOnWhite(logo: Logo): Logo {
  const png = PNG.sync.read(logo.png);
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    for (let c = 0; c < 3; c++) data[i + c] = Math.round((data[i + c]! * alpha + 255 * (255 - alpha)) / 255);
    data[i + 3] = 255;
  }
  return { png: PNG.sync.write(png, { colorType: 2, inputColorType: 6, inputHasAlpha: true }), aspect: logo.aspect };
}
