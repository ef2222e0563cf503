import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from '../../scripts/core/csv.ts';

describe('toCsv', () => {
  it('quotes every field, doubles quotes and keeps newlines inside a field', () => {
    const csv = toCsv(['a', 'b'], [['x', 'say "hi"\nthere']], { bom: false });
    expect(csv).toBe('"a","b"\n"x","say ""hi""\nthere"\n');
  });

  it.each(['=1+1', '+33 6', '-2+3', '@SUM(A1)', '\tx', '\rx', '=1+1@evil.example'])(
    'neutralises a text cell starting with a formula character: %j',
    (value) => {
      const csv = toCsv(['v'], [[value]], { bom: false });
      expect(csv.split('\n')[1]).toBe(`"'${value.replaceAll('"', '""')}"`);
    },
  );

  it('leaves numbers as numbers (a negative delta is not a formula) and blanks empty values', () => {
    const csv = toCsv(['n', 'm', 'e', 'b'], [[-3.5, 0, null, true]], { bom: false });
    expect(csv.split('\n')[1]).toBe('"-3.5","0","","true"');
  });

  it('starts with a byte-order mark by default, for Excel', () => {
    expect(toCsv(['a'], []).startsWith('\uFEFF"a"')).toBe(true);
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(/1 fields, the header 2/);
  });

  it('neutraliseCell leaves ordinary text alone', () => {
    expect(neutraliseCell('jo@acme.fr')).toBe('jo@acme.fr');
    expect(neutraliseCell('Équipe')).toBe('Équipe');
  });
});
