/**
 * E-mails: MJML (strict) → HTML, and the plain-text part from that HTML, so both parts
 * always say the same thing and carry the same links.
 */
import mjml2html from 'mjml';
import { compile } from 'html-to-text';
import { CliError } from '../cli/errors.ts';
import type { EmailDoc } from '../../templates/emails/layout.ts';

export interface RenderedEmail {
  doc: EmailDoc;
  html: string;
  text: string;
}

/** The plain-text part's converter, compiled once (its options are the same for every e-mail). */
const toText = compile({
  wordwrap: 78,
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    // Headings keep their case and a blank line above, so the text part reads in sections.
    { selector: 'h1', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 } },
    { selector: 'h2', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 } },
  ],
});

export async function renderEmail(doc: EmailDoc): Promise<RenderedEmail> {
  let result: Awaited<ReturnType<typeof mjml2html>>;
  try {
    // htmlnano, MJML's minifier, otherwise searches the disk for an .htmlnanorc on every call:
    // 40 % of an e-mail's time, and a file outside the project could change the bytes.
    result = await mjml2html(doc.mjml, {
      validationLevel: 'strict',
      minify: true,
      keepComments: false,
      minifyOptions: { skipConfigLoading: true },
    });
  } catch (error) {
    const details = (error as { errors?: { formattedMessage: string }[] }).errors
      ?.map((e) => `  ${e.formattedMessage}`)
      .join('\n');
    throw new CliError(
      `templates/emails: ${doc.name}.${doc.lang} is not valid MJML\n${details ?? (error as Error).message}`,
      {
        hint: 'A template produced markup MJML refuses; fix the template named above.',
        cause: error,
      },
    );
  }
  const text = toText(result.html);
  return { doc, html: result.html, text: `${doc.subject}\n\n${text.trim()}\n` };
}
