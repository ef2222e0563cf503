/**
 * The organisation's logo (`organisation.logo`, SVG or PNG in the data folder) as a PNG the
 * PDFs and banners can embed. SVG logos are drawn by resvg with the embedded Inter files, so a
 * logo's text looks the same on every machine.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import type { OrgConfig } from '../config/schema.ts';
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
  const file = join(dataDir, path);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(`${file}: the logo named by organisation.logo cannot be read`, { hint: 'Put the logo file in the data folder or fix organisation.logo.', cause: error });
  }
  if (/\.svg$/i.test(path)) {
    const rendered = new Resvg(bytes, { ...resvgOptions(), fitTo: { mode: 'height', value: HEIGHT_PX } }).render();
    return { png: rendered.asPng(), aspect: rendered.width / rendered.height };
  }
  if (/\.png$/i.test(path)) {
    const png = PNG.sync.read(bytes);
    return { png: bytes, aspect: png.width / png.height };
  }
  throw new CliError(`${file}: the logo must be an SVG or a PNG file`, { hint: 'Export the logo as SVG (best) or PNG.' });
}
