/**
 * The typography layer: every text a person reads goes through `typeset` before it is rendered
 * (site, e-mails in HTML and text, PDFs, banners, video, calendar).
 *
 * French (Imprimerie nationale usage, as French comms teams expect):
 * - a narrow no-break space (U+202F) before `; : ! ?` and `»`, after `«`;
 * - a no-break space (U+00A0) in `15 %`-style percentages is a narrow one too, and one joins a
 *   number to its unit (`3 h`, `12 min`, `30 mm`, `15 €`) and groups digits (`1 250`);
 * - straight quotes become « guillemets » and the apostrophe becomes ’.
 * English: apostrophes and quotes become typographic (’ “ ”); spacing is left alone.
 *
 * Text that is not prose (URLs, e-mail addresses, times like 14:05) is left as it is.
 */
import type { Language } from '../config/schema.ts';

export const NNBSP = '\u202F';
export const NBSP = '\u00A0';

const UNITS = 'h|min|s|mm|cm|m|km|Mo|Go|ko|MB|GB|kB|€|\\$|£|jours?|days?|heures?|hours?|mois|ans?|cours|pages?';

// Pieces of text that are not prose: URLs, e-mail addresses, times (14:05), merge fields ({{first_name}}).
const PROTECTED =
  /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"]*[^\s<>".,;:!?)»]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\d{1,2}:\d{2}\b|\{\{[^}]*\}\}/g;

function protect(text: string, transform: (prose: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += transform(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + transform(text.slice(last));
}

function apostrophes(s: string): string {
  return s.replace(/(\p{L})'(?=\p{L})/gu, '$1’').replace(/(\p{L})'(?=\s|$)/gu, '$1’');
}

function french(s: string): string {
  let t = apostrophes(s);
  // "texte" → « texte » (only balanced pairs on one line).
  t = t.replace(/"([^"\n]+)"/g, `«${NNBSP}$1${NNBSP}»`);
  // Spaces inside guillemets: whatever was typed (none, a space, a no-break space) becomes a narrow one.
  t = t.replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`).replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`);
  // Before ; : ! ? — a narrow no-break space, whether there was a space or not (not inside "?!" runs twice).
  t = t.replace(/(\S)[ \u00A0\u202F]*([;:!?]+)(?=\s|$|[)»"’.,\]<])/g, (_m, before: string, marks: string) =>
    before === '«' || /[;:!?]/.test(before) ? `${before}${marks}` : `${before}${NNBSP}${marks}`,
  );
  // A mark right after a protected piece ("{{first_name}} !"): the space before it becomes narrow.
  t = t.replace(/^[ \u00A0\u202F]+([;:!?]+)(?=\s|$)/, `${NNBSP}$1`);
  // 15 % → 15 %, with a narrow no-break space.
  t = t.replace(/(\d)[ \u00A0\u202F]?%/g, `$1${NNBSP}%`);
  // A number and its unit: 3 h, 12 min, 15 €.
  t = t.replace(new RegExp(`(\\d) (?=(?:${UNITS})(?![\\p{L}\\d]))`, 'gu'), `$1${NBSP}`);
  // Digit groups: 1 250 or 1,250-style inputs are not touched; a plain space between groups of three becomes narrow.
  t = t.replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`);
  return t;
}

function english(s: string): string {
  let t = apostrophes(s);
  t = t.replace(/"([^"\n]+)"/g, '“$1”');
  return t;
}

/** `text` as it should be printed in `lang`. Idempotent: typesetting twice changes nothing. */
export function typeset(text: string, lang: Language): string {
  return protect(text, lang === 'fr' ? french : english);
}

/** True when `text` has a typography fault `typeset` would correct (for tests and the review page). */
export function typographyFaults(text: string, lang: Language): string[] {
  const faults: string[] = [];
  const prose = text.replace(PROTECTED, ' ');
  if (lang === 'fr') {
    if (/\p{L}'\p{L}/u.test(prose)) faults.push('straight apostrophe');
    if (/[^\s\u202F\u00A0;:!?«][;:!?]+(?=\s|$)/.test(prose)) faults.push('no narrow no-break space before ; : ! ?');
    if (/ [;:!?]/.test(prose)) faults.push('breaking space before ; : ! ?');
    if (/\d ?%/.test(prose)) faults.push('percent without a narrow no-break space');
    if (/«[^\u202F]|[^\u202F]»/.test(prose)) faults.push('guillemets without narrow no-break spaces');
    if (/"[^"\n]+"/.test(prose)) faults.push('straight quotes');
  } else if (/\p{L}'\p{L}/u.test(prose)) faults.push('straight apostrophe');
  return faults;
}
