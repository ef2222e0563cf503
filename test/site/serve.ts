/**
 * What the browser tests need around the built site: a tiny static server on a random
 * localhost port (as a web host would serve `dist/site`), Debian's Chromium, and a walk over
 * every file of the output.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar',
  '.mp4': 'video/mp4',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** The file a URL path maps to (`/fr/` → `fr/index.html`), or null when there is none. */
export function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return path.endsWith('/') && existsSync(index) ? index : null;
}

export async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A built site served on localhost and a Chromium context that may reach nothing else: the
 * site must work offline, so any request not served by our server is refused.
 */
export async function browseOffline(
  root: string,
): Promise<{ url: string; browser: Browser; context: BrowserContext; close(): Promise<void> }> {
  const server = await serve(root);
  const browser = await launchChromium();
  const context = await browser.newContext();
  await context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => route.abort(),
  );
  return {
    url: server.url,
    browser,
    context,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Every file under `root`, as paths relative to it with `/` separators, sorted. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

/**
 * Every internal link, image, stylesheet and refresh target of every page that leads nowhere
 * (a missing file, or a `#fragment` with no such id), as `page: link`. `base` is the path the
 * site is published under (`/` or e.g. `/formation/`).
 */
export function brokenLinks(root: string, base = '/'): string[] {
  const broken: string[] = [];
  const resolveFile = (pathname: string) =>
    pathname.startsWith(base) ? fileFor(root, `/${pathname.slice(base.length)}`) : null;
  for (const file of listFiles(root).filter((f) => f.endsWith('.html'))) {
    const { document } = parseHTML(readFileSync(join(root, file), 'utf8'));
    const here = new URL(`http://site${base}${file.replace(/index\.html$/, '')}`);
    const refresh = document
      .querySelector('meta[http-equiv="refresh"]')
      ?.getAttribute('content')
      ?.replace(/^.*url=/, '');
    const links = [...document.querySelectorAll('a[href], link[href], img[src]')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src')!,
    );
    for (const raw of refresh ? [...links, refresh] : links) {
      const target = new URL(raw, here);
      if (target.origin !== 'http://site') continue; // external (https://…, mailto:, data:)
      const targetFile = resolveFile(target.pathname);
      if (!targetFile) {
        broken.push(`${file}: ${raw}`);
      } else if (target.hash && targetFile.endsWith('.html')) {
        const { document: doc } = parseHTML(readFileSync(targetFile, 'utf8'));
        if (!doc.getElementById(decodeURIComponent(target.hash.slice(1))))
          broken.push(`${file}: ${raw} (no such anchor)`);
      }
    }
  }
  return broken;
}
