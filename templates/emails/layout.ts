/**
 * The frame every kit e-mail shares, written as MJML. Interpolated values are escaped by
 * default (`mj` tag): config copy holding `<b>` or `<script>` reaches the reader as text.
 * Only fragments built by `mj` itself pass through unescaped.
 *
 * Dark mode: we declare a light colour scheme (Apple Mail and iOS then keep the design), and
 * every block carries its own background with a text colour chosen for contrast, so clients
 * that invert colours anyway (Outlook.com, the Gmail apps) invert pairs that stay readable.
 */
import type { Language, OrgConfig } from '../../scripts/config/schema.ts';
import { t } from '../../scripts/config/schema.ts';
import { WORDS } from '../copy.ts';
import { contrast, escapeHtml, kitFileUrl, readableOn, siteHomeUrl, tagLink } from '../shared.ts';

export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}
type Value = string | number | Markup | Markup[];

/** Tagged template for MJML: strings and numbers are escaped, `Markup` is kept. */
export function mj(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => {
    const text = Array.isArray(value)
      ? value.map((m) => m.value).join('')
      : value instanceof Markup
        ? value.value
        : escapeHtml(String(value));
    out += text + strings[i + 1]!;
  });
  return new Markup(out);
}

/** What a template hands to the renderer. */
export interface EmailDoc {
  /** File name without language, e.g. `launch`, `reminder-ventes-lyon`, `newsletter-2026-10`. */
  name: string;
  lang: Language;
  /** What the e-mail is, in each language, for the kit page (e.g. "Launch e-mail"). */
  title: { fr: string; en: string };
  subject: string;
  preview: string;
  mjml: string;
}

export interface Palette {
  page: string;
  card: string;
  text: string;
  heading: string;
  button: string;
  buttonText: string;
  muted: string;
}

/** The brand's colours, adjusted so every text/background pair keeps a 4.5:1 contrast. */
export function palette(config: OrgConfig): Palette {
  const c = config.organisation.colours;
  const card = c.background;
  const text = contrast(c.text, card) >= 4.5 ? c.text : readableOn(card);
  const heading = contrast(c.primary, card) >= 4.5 ? c.primary : text;
  const button = c.primary;
  return {
    page: '#eef0f3',
    card,
    text,
    heading,
    button,
    buttonText: readableOn(button),
    muted: contrast('#555555', card) >= 4.5 ? '#555555' : text,
  };
}

/** Context of one e-mail: its language, campaign (for utm tags) and colours. */
export class Email {
  readonly p: Palette;
  constructor(
    readonly config: OrgConfig,
    readonly lang: Language,
    readonly campaign: string,
  ) {
    this.p = palette(config);
  }

  link(url: string): string {
    return tagLink(url, this.campaign, this.lang);
  }

  /** The e-mail's title, an <h1> so screen readers and the plain-text part see a heading. */
  title(text: string): Markup {
    return mj`<mj-text padding-top="16px"><h1 style="margin:0;font-size:26px;line-height:32px;font-weight:800;color:${this.p.heading}">${text}</h1></mj-text>`;
  }

  heading(text: string): Markup {
    return mj`<mj-text padding-top="20px" padding-bottom="4px"><h2 style="margin:0;font-size:20px;line-height:26px;font-weight:700;color:${this.p.heading}">${text}</h2></mj-text>`;
  }

  paragraph(text: string | Markup): Markup {
    return mj`<mj-text>${text}</mj-text>`;
  }

  bullets(items: string[], ordered = false): Markup {
    const tag = ordered ? 'ol' : 'ul';
    return mj`<mj-text><${new Markup(tag)} style="margin:0;padding-left:22px">${items.map((item) => mj`<li style="margin:0 0 6px">${item}</li>`)}</${new Markup(tag)}></mj-text>`;
  }

  anchor(url: string, label: string): Markup {
    return mj`<a href="${this.link(url)}" style="color:${this.p.heading};text-decoration:underline">${label}</a>`;
  }

  button(url: string, label: string): Markup {
    return mj`<mj-button href="${this.link(url)}" background-color="${this.p.button}" color="${this.p.buttonText}" font-size="16px" font-weight="700" border-radius="4px" padding="20px 25px">${label}</mj-button>`;
  }

  /** The whole document: header banner, the body blocks in one card, and the footer. */
  document(doc: {
    name: string;
    title: { fr: string; en: string };
    subject: string;
    preview: string;
    body: Markup[];
  }): EmailDoc {
    const { config, lang, p } = this;
    const w = WORDS[lang];
    const programme = t(config.programme.name, lang);
    const header = kitFileUrl(config, `banners/email-header.${lang}.png`);
    const contact = config.programme.contact;
    const mjml = mj`<mjml lang="${lang}">
<mj-head>
<mj-title>${doc.subject}</mj-title>
<mj-preview>${doc.preview}</mj-preview>
<mj-attributes>
<mj-all font-family="Inter, Helvetica, Arial, sans-serif" />
<mj-text font-size="16px" line-height="24px" color="${p.text}" padding="8px 25px" />
<mj-section background-color="${p.card}" padding="0" />
</mj-attributes>
<mj-raw><meta name="color-scheme" content="light"><meta name="supported-color-schemes" content="light"></mj-raw>
</mj-head>
<mj-body background-color="${p.page}" width="600px">
<mj-section background-color="${p.page}" padding="12px 0 0"><mj-column><mj-image src="${header}" alt="${programme} — ${t(config.comms.tagline, lang)}" width="600px" height="200px" padding="0" /></mj-column></mj-section>
<mj-section padding="12px 0 20px"><mj-column>
${doc.body}
</mj-column></mj-section>
<mj-section background-color="${p.page}" padding="12px 0"><mj-column>
<mj-text font-size="13px" line-height="20px" color="${contrast(p.text, p.page) >= 4.5 ? p.text : readableOn(p.page)}">${w.sentBy(config.programme.sender.name, config.organisation.name)} ${w.contactLine(contact.name)} <a href="mailto:${contact.email}" style="color:inherit">${contact.email}</a><br>${mj`<a href="${this.link(siteHomeUrl(config, lang))}" style="color:inherit">${programme}</a>`}</mj-text>
</mj-column></mj-section>
</mj-body>
</mjml>`;
    return { name: doc.name, lang, title: doc.title, subject: doc.subject, preview: doc.preview, mjml: mjml.value };
  }
}
