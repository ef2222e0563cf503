/**
 * PNG previews for the site's kit page: page 1 of each PDF through poppler's `pdftoppm`, and
 * each e-mail as Chromium draws it (the header image served from the kit, nothing fetched).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';

const run = promisify(execFile);
export const CHROMIUM = '/usr/bin/chromium';
const PREVIEW_WIDTH = 640;
const PREVIEW_HEIGHT = 900;

/** True when `command` is an executable file on the PATH (a missing tool is a warning, not a crash). */
export function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Page 1 of `pdf` as a PNG about 300 px wide (PDF pages are 420–842 pt wide). */
export async function pdfPreview(pdf: string, pngWithoutExt: string, dpi = 50): Promise<void> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, pngWithoutExt]);
}

export interface EmailPreviewer {
  shot(html: string, assets: Map<string, string>): Promise<Buffer>;
  close(): Promise<void>;
}

/** A Chromium for e-mail previews, or null when the machine has none (previews are optional). */
export async function openEmailPreviewer(): Promise<EmailPreviewer | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--font-render-hinting=none',
      '--hide-scrollbars',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    javaScriptEnabled: false,
  });
  // One page for every e-mail: a new page each time costs ~250 ms more a preview.
  const page = await context.newPage();
  let assets = new Map<string, string>();
  // Serve the kit's own images from disk; never reach the network from a build.
  await page.route('**/*', async (route) => {
    const file = assets.get(route.request().url());
    if (file) await route.fulfill({ body: await readFile(file), contentType: 'image/png' });
    else await route.abort();
  });
  return {
    async shot(html, files) {
      assets = files;
      await page.setContent(html, { waitUntil: 'load' });
      return page.screenshot({
        type: 'png',
        clip: { x: 0, y: 0, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT },
        animations: 'disabled',
        caret: 'hide',
      });
    },
    async close() {
      await browser.close();
    },
  };
}
