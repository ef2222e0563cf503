/**
 * The brand colours of the config as CSS variables. A brand colour is used as text or as a
 * button only where it keeps WCAG AA contrast; otherwise the text colour takes its place, so
 * a pale brand never makes the site unreadable.
 */
import type { OrgConfig } from '../config/schema.ts';
import { contrast } from '../brand/colours.ts';

export { contrast };

type Colours = OrgConfig['organisation']['colours'];

const AA = 4.5;

/** Of the candidates, the first with AA contrast on `background`, else the one with the most. */
function readableOn(background: string, candidates: string[]): string {
  return (
    candidates.find((c) => contrast(c, background) >= AA) ??
    [...candidates].sort((x, y) => contrast(y, background) - contrast(x, background))[0]
  );
}

/** Font names are free text in the config: keep them from breaking out of the CSS string. */
function fontName(name: string): string {
  return `"${name.replace(/["\\<>;{}]/g, '')}"`;
}

/** The `:root { … }` rule of the site's brand. */
export function themeCss(colours: Colours, fonts: OrgConfig['organisation']['fonts']): string {
  const { primary, secondary, accent, text, background } = colours;
  const stack = (name: string) => `${[...new Set([fontName(name), '"Inter"'])].join(', ')}, system-ui, sans-serif`;
  const vars: Record<string, string> = {
    '--brand-primary': primary,
    '--brand-secondary': secondary,
    '--brand-accent': accent,
    '--text': text,
    '--background': background,
    '--link': readableOn(background, [primary, text]),
    '--on-primary': readableOn(primary, ['#ffffff', text, '#000000']),
    '--on-accent': readableOn(accent, ['#ffffff', text, '#000000']),
    '--heading': readableOn(background, [primary, text]),
    '--font-heading': stack(fonts.heading),
    '--font-body': stack(fonts.body),
  };
  return `:root{${Object.entries(vars)
    .map(([k, v]) => `${k}:${v}`)
    .join(';')}}`;
}
