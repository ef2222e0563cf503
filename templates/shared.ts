/**
 * Helpers every kit template shares: escaping config copy, readable colours, the URLs the
 * kit points to (one shape, agreed with the site) and dates written for a person.
 */
import type { Language, OrgConfig, TeamConfig } from '../scripts/config/schema.ts';
import { contrast } from '../scripts/brand/colours.ts';

export { contrast };

/** Config copy is text, never markup: `<b>` in a tagline must reach the reader as `<b>`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The public page of a team on the site (the site's own routes, scripts/brand/urls.ts). */
export { teamPageUrl } from '../scripts/brand/urls.ts';

/** The site's home page in a language. */
export function siteHomeUrl(config: OrgConfig, lang: Language): string {
  return `${config.programme.siteUrl.replace(/\/+$/, '')}/${lang}/`;
}

/** Where the site publishes `dist/kit` (the kit page links there; e-mails load their header image from it). */
export function kitFileUrl(config: OrgConfig, path: string): string {
  return `${config.programme.siteUrl.replace(/\/+$/, '')}/kit/${path}`;
}

/**
 * Tags a web link with the campaign it was sent in, so the platform's and the site's
 * analytics can tell which e-mail brought people in. `mailto:` links are left alone.
 */
export function tagLink(url: string, campaign: string, content: string): string {
  if (!/^https?:/i.test(url)) return url;
  const u = new URL(url);
  u.searchParams.set('utm_source', 'launchkit');
  u.searchParams.set('utm_medium', 'email');
  u.searchParams.set('utm_campaign', campaign);
  u.searchParams.set('utm_content', content);
  return u.toString();
}

/** White or near-black, whichever reads better on `background` (brand colours vary). */
export function readableOn(background: string): string {
  return contrast('#ffffff', background) >= contrast('#111111', background) ? '#ffffff' : '#111111';
}

/** `2026-09-14` → `lundi 14 septembre 2026` / `Monday 14 September 2026`, as a calendar date (no time zone shift). */
export function longDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
  // French writes the first of the month as an ordinal: « mardi 1er décembre ».
  return lang === 'fr' && d === 1 ? text.replace(/ 1 /, ' 1er ') : text;
}

/** `2026-10` → `octobre 2026` / `October 2026`. */
export function monthName(period: string, lang: Language): string {
  const [y, m] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, 1)));
}

export function formatNumber(value: number, lang: Language, digits = 0): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}

export function teamName(team: TeamConfig, lang: Language): string {
  return team.name[lang] ?? team.name.fr ?? team.name.en ?? team.id;
}
