/**
 * Compatibility lint of an e-mail against the caniemail.com data (@jsx-email/doiuse-email), for
 * Gmail, Outlook and Apple Mail. MJML's own skeleton uses a few features some of these clients
 * ignore on purpose — progressive enhancement that degrades to a working e-mail. Those are
 * listed here with the reason; anything else a template adds is an error.
 */
import { doIUseEmail } from '@jsx-email/doiuse-email';

export const CLIENTS = ['gmail.*', 'outlook.*', 'apple-mail.*'];

export const DEGRADES_SAFELY: Record<string, string> = {
  '@media': "responsive columns; Outlook for Windows gets the fixed 600 px layout from MJML's mso tables",
  'Chaining selectors': "only inside MJML's responsive @media rules",
  'Descendant combinator': "only inside MJML's reset styles; inline styles carry the design",
  'Type selector': "MJML's reset styles; inline styles carry the design",
  'Class selector': "MJML's responsive classes; inline styles carry the design",
  'ID selector': '#outlook a reset, for Outlook.com only',
  'display:none': 'hides the preview text in the body; clients without it show it in the inbox list anyway',
  opacity: 'hides the preview text; see display:none',
  overflow: 'hides the preview text; see display:none',
  outline: 'image reset; no outline is drawn either way',
  'word-spacing': 'body reset, no visible effect',
  'word-break': 'long URLs wrap in clients that support it',
  'border-spacing': 'tables have cellspacing="0" as well',
  'border-radius': 'rounded buttons come out square in Outlook for Windows',
  '<body> element': "clients that replace <body> by a <div> keep the wrapper's inline styles",
  'target attribute': 'Gmail opens links in a new tab by itself',
  'aria-label attribute': 'accessibility hint, ignored where unsupported',
  'role attribute': 'accessibility hint (role="presentation" tables), ignored where unsupported',
};

/** Errors left once the documented degradations are set aside, as `feature: clients`. */
export function compatibilityErrors(html: string): string[] {
  const result = doIUseEmail(html, { emailClients: CLIENTS });
  const byFeature = new Map<string, Set<string>>();
  for (const error of 'errors' in result ? result.errors : []) {
    const match = /^`(.+?)` is not supported by `(.+?)`/.exec(error);
    const feature = match?.[1] ?? error;
    if (feature in DEGRADES_SAFELY) continue;
    if (!byFeature.has(feature)) byFeature.set(feature, new Set());
    byFeature.get(feature)!.add(match?.[2] ?? '?');
  }
  return [...byFeature].map(([feature, clients]) => `${feature}: ${[...clients].join(', ')}`);
}
