import { describe, expect, test } from 'vitest';
import { CliError } from '../../scripts/cli/errors.ts';
import { loadConfig, parseConfig } from '../../scripts/config/load-config.ts';
import { copyFixture } from '../helpers/fixture.ts';

const minimal = {
  organisation: { name: 'Acme' },
  programme: {
    name: { fr: 'Apprendre', en: 'Learn' },
    platformUrl: 'https://openclassrooms.com',
    activationUrl: 'https://openclassrooms.com/activate',
    siteUrl: 'https://learn.acme.example',
    launchDate: '2026-10-01',
    licences: 10,
    sender: { name: 'RH', email: 'RH@Acme.example' },
    contact: { name: 'RH', email: 'rh@acme.example' },
  },
  comms: { tagline: { fr: 'a', en: 'b' }, why: { fr: 'a', en: 'b' }, benefits: [{ fr: 'a', en: 'b' }] },
};

function problems(raw: unknown): string[] {
  try {
    parseConfig(raw, 'org.config.ts');
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message
      .split('\n')
      .slice(1)
      .map((l) => l.trim());
  }
  return [];
}

describe('configuration', () => {
  // Issue 13.3: the logo path was not confined: '../../../../etc/passwd' was published as dist/site/brand/logo.
  test.each(['../../../../etc/passwd', '/etc/passwd', 'brand/../../x.svg', 'C:\\logo.png'])(
    'organisation.logo %j is refused',
    (logo) => {
      const found = problems({ ...minimal, organisation: { ...minimal.organisation, logo } });
      expect(found).toEqual([expect.stringContaining('organisation.logo: must be a path inside the data folder')]);
    },
  );

  // Issue 13.4: a javascript: activation URL became a live link on the site.
  test.each([
    ['activationUrl', 'javascript:alert(1)'],
    ['platformUrl', 'data:text/html,<script>alert(1)</script>'],
    ['siteUrl', 'http://learn.acme.example'],
    ['activationUrl', 'ftp://acme.example/x'],
  ])('programme.%s %j is refused: https only', (key, url) => {
    const found = problems({ ...minimal, programme: { ...minimal.programme, [key]: url } });
    expect(found).toEqual([expect.stringMatching(/^✖? ?.*https:\/\//)]);
    expect(found.join('\n')).toContain(`programme.${key}`);
  });

  test('defaults are filled in by the schema', () => {
    const config = parseConfig(minimal);
    expect(config.organisation.languages).toEqual(['fr', 'en']);
    expect(config.organisation.defaultLanguage).toBe('fr');
    expect(config.organisation.timeZone).toBe('Europe/Paris');
    expect(config.privacy).toEqual({ minGroupSize: 5, showSupervisors: true });
    expect(config.programme.sender.email).toBe('rh@acme.example');
  });

  test('every problem is listed at once, one line each with its path', () => {
    const broken = {
      ...minimal,
      organisation: { name: 'Acme', colours: { primary: 'blue' }, defaultLanguage: 'de' },
      programme: { ...minimal.programme, launchDate: '01/10/2026', licences: -3 },
      comms: { ...minimal.comms, tagline: { fr: 'seulement en français' } },
      teams: [{ id: 'Sales Team', name: { fr: 'Ventes', en: 'Sales' }, criteria: {}, message: { fr: 'x', en: 'y' } }],
      goals: [
        {
          id: 'g',
          label: { fr: 'x', en: 'y' },
          metric: 'happiness',
          target: 1,
          deadline: '2026-12-31',
          scope: { team: 'nope' },
        },
      ],
      colour: 'typo',
    };
    const lines = problems(broken);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^organisation\.colours\.primary: expected a colour as #rrggbb/),
        expect.stringMatching(/^organisation\.defaultLanguage: /),
        expect.stringMatching(/^programme\.launchDate: expected a date as YYYY-MM-DD/),
        expect.stringMatching(/^programme\.licences: /),
        expect.stringMatching(/^teams\.0\.id: expected lower-case letters/),
        expect.stringMatching(/^teams\.0\.criteria: give at least one criterion/),
        expect.stringMatching(/^goals\.0\.metric: /),
        expect.stringMatching(/^\(root\): .*colour/),
      ]),
    );
    expect(lines.length).toBeGreaterThanOrEqual(8);
  });

  test('a text missing in a configured language is named by its path', () => {
    const lines = problems({
      ...minimal,
      comms: { ...minimal.comms, benefits: [{ fr: 'a', en: 'b' }, { fr: 'seul' }] },
    });
    expect(lines).toEqual(['comms.benefits.1.en: missing the en text']);
  });

  test('a config file with an error is refused with its path, not a stack trace', async () => {
    const dir = copyFixture('tiny', { 'org.config.ts': (t) => t.replace('licences: 10', "licences: 'ten'") });
    await expect(loadConfig(dir)).rejects.toThrow(
      /org\.config\.ts: 1 problem\(s\) in the configuration\n {2}programme\.licences: /,
    );
  });
});
