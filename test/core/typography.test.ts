import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP, typeset, typographyFaults } from '../../scripts/core/typography.ts';

const fr = (s: string) => typeset(s, 'fr');

describe('French typography', () => {
  it.each([
    ['Une question ?', `Une question${NNBSP}?`],
    ['Une question?', `Une question${NNBSP}?`],
    ['Attention : demain', `Attention${NNBSP}: demain`],
    ['Vite !', `Vite${NNBSP}!`],
    ['un; deux', `un${NNBSP}; deux`],
    ['Quoi ?!', `Quoi${NNBSP}?!`],
  ])('narrow no-break space before ; : ! ? — %j', (input, expected) => {
    expect(fr(input)).toBe(expected);
  });

  it('guillemets with narrow no-break spaces, from straight quotes or bare guillemets', () => {
    expect(fr('le programme "Cap"')).toBe(`le programme «${NNBSP}Cap${NNBSP}»`);
    expect(fr('le programme « Cap »')).toBe(`le programme «${NNBSP}Cap${NNBSP}»`);
    expect(fr('le programme «Cap»')).toBe(`le programme «${NNBSP}Cap${NNBSP}»`);
  });

  it('typographic apostrophe', () => {
    expect(fr("l'équipe d'Alpina")).toBe('l’équipe d’Alpina');
  });

  it('percent and units', () => {
    expect(fr('15 % des équipes, 4%')).toBe(`15${NNBSP}% des équipes, 4${NNBSP}%`);
    expect(fr('3 h de cours, 12 min')).toBe(`3${NBSP}h de cours, 12${NBSP}min`);
    expect(fr('1 250 membres')).toBe(`1${NNBSP}250 membres`);
  });

  it('leaves URLs, e-mail addresses, times and merge fields alone', () => {
    const s = 'Voir https://acme.fr/a?b=1:2 ou écrire à jo@acme.fr à 14:05, {{first_name}} !';
    expect(fr(s)).toBe(`Voir https://acme.fr/a?b=1:2 ou écrire à jo@acme.fr à 14:05, {{first_name}}${NNBSP}!`);
  });

  it('is idempotent', () => {
    const once = fr('Une question ? « Cap » : 15 % d\'"entre" eux !');
    expect(fr(once)).toBe(once);
    expect(typographyFaults(once, 'fr')).toEqual([]);
  });

  it('finds the faults it corrects', () => {
    expect(typographyFaults("Une question ? l'équipe, 4%", 'fr')).toEqual(
      expect.arrayContaining([
        'straight apostrophe',
        'breaking space before ; : ! ?',
        'percent without a narrow no-break space',
      ]),
    );
  });
});

describe('English typography', () => {
  it('typographic apostrophes and quotes, spacing untouched', () => {
    expect(typeset(`Don't wait: the "Cap" programme!`, 'en')).toBe('Don’t wait: the “Cap” programme!');
  });
});
