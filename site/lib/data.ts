/**
 * The site's data, prepared by scripts/site/stage.ts and read once per build. The stage
 * names the JSON file through the Vite define `__LAUNCHKIT_SITE_DATA__`.
 */
import { readFileSync } from 'node:fs';
import type { Language } from '../../scripts/config/schema.ts';
import type { PerLang, SiteData } from '../../scripts/site/data.ts';

declare const __LAUNCHKIT_SITE_DATA__: string | undefined;

function load(): SiteData {
  const file = typeof __LAUNCHKIT_SITE_DATA__ === 'string' ? __LAUNCHKIT_SITE_DATA__ : undefined;
  if (!file)
    throw new Error(
      'The site has no data: build it with `npm run build` (or preview it with `npm run dev`), not `astro build` alone.',
    );
  return JSON.parse(readFileSync(file, 'utf8')) as SiteData;
}

export const site: SiteData = load();

/** The value of a per-language text in `lang` (every configured language has one). */
export function pick<T>(value: PerLang<T>, lang: Language): T {
  return (value[lang] ?? value[site.defaultLanguage]) as T;
}
