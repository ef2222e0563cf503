/**
 * Every address of the site in one place, so the language switcher, the links and the QR
 * codes agree. Pages are `/<lang>/…`; the team section has a name in each language.
 */
import type { Language } from '../../scripts/config/schema.ts';
import { site } from './data.ts';

export type PageKey = { page: 'home' } | { page: 'kit' } | { page: 'faq' } | { page: 'team'; id: string };

import { teamPagePath, TEAMS_SEGMENT } from '../../scripts/brand/urls.ts';

export { TEAMS_SEGMENT };

// From the data rather than import.meta.env.BASE_URL: a BASE_URL variable in the environment
// (vitest sets one, so may a CI) silently replaces Astro's.
const BASE = site.base;

/** Path of a page below the base, e.g. `fr/equipes/ventes/`. */
function relative(lang: Language, key: PageKey): string {
  switch (key.page) {
    case 'home':
      return `${lang}/`;
    case 'kit':
      return `${lang}/kit/`;
    case 'faq':
      return `${lang}/faq/`;
    case 'team':
      return teamPagePath(lang, key.id);
  }
}

/** Site-absolute link to a page (`/fr/kit/`, or `/launch/fr/kit/` under a base). */
export function href(lang: Language, key: PageKey): string {
  return BASE + relative(lang, key);
}

/** Link to a file of the public folder (`brand/logo.svg`, `kit/…`). */
export function asset(path: string): string {
  return BASE + path.split('/').map(encodeURIComponent).join('/');
}

/** Full public URL of a page, for QR codes and alternates (from `programme.siteUrl`). */
export function publicUrl(lang: Language, key: PageKey): string {
  const root = site.programme.siteUrl.endsWith('/') ? site.programme.siteUrl : `${site.programme.siteUrl}/`;
  return new URL(relative(lang, key), root).href;
}
