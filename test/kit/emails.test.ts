/** The e-mail checks themselves can fail: escaping, strict MJML and the caniemail lint. */
import { describe, expect, it } from 'vitest';
import { renderEmail } from '../../scripts/kit/emails.ts';
import { CliError } from '../../scripts/cli/errors.ts';
import { Markup, mj, palette } from '../../templates/emails/layout.ts';
import { contrast, tagLink } from '../../templates/shared.ts';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { compatibilityErrors } from './caniemail.ts';
import { FIXTURE_DIR } from './fixture.ts';

describe('e-mail building blocks', () => {
  it('escape interpolated copy and keep only markup built by mj', () => {
    const out = mj`<mj-text title="${'"x"'}">${'<script>alert(1)</script> & <b>'}${new Markup('<br>')}</mj-text>`;
    expect(out.value).toBe(
      '<mj-text title="&quot;x&quot;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;<br></mj-text>',
    );
  });

  it('refuse MJML that strict validation rejects, naming the e-mail', async () => {
    const doc = {
      name: 'broken',
      lang: 'fr' as const,
      title: { fr: 'x', en: 'x' },
      subject: 's',
      preview: 'p',
      mjml: '<mjml><mj-body><mj-section><mj-text>not in a column</mj-text></mj-section></mj-body></mjml>',
    };
    await expect(renderEmail(doc)).rejects.toThrow(CliError);
    await expect(renderEmail(doc)).rejects.toThrow(/broken\.fr is not valid MJML/);
  });

  it('fail the caniemail lint on a feature Outlook does not support', () => {
    const html =
      '<!doctype html><html lang="en"><body><div style="display:flex;background-image:url(https://x/y.png)">x</div></body></html>';
    const errors = compatibilityErrors(html);
    expect(errors.some((e) => e.startsWith('display:flex:') && e.includes('outlook.windows'))).toBe(true);
  });

  it('tag web links per campaign and leave mailto alone', () => {
    expect(tagLink('https://a.example/p?x=1', 'launch', 'fr')).toBe(
      'https://a.example/p?x=1&utm_source=launchkit&utm_medium=email&utm_campaign=launch&utm_content=fr',
    );
    expect(tagLink('mailto:a@b.example', 'launch', 'fr')).toBe('mailto:a@b.example');
  });

  it('keep a 4.5:1 contrast for every text colour, even with a pale brand colour', async () => {
    const config = await loadConfig(FIXTURE_DIR);
    config.organisation.colours = { ...config.organisation.colours, primary: '#ffe680', text: '#cccccc' };
    const p = palette(config);
    expect(contrast(p.text, p.card)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.heading, p.card)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.buttonText, p.button)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.muted, p.card)).toBeGreaterThanOrEqual(4.5);
  });
});
