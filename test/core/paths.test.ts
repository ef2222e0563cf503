import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileUnder, isInside, isSafeId, resolveUnder } from '../../scripts/core/paths.ts';

describe('identifiers that become paths', () => {
  it.each(['rd', 'ventes-paris', 'team_01', 'C101', 'course.v2'])('accepts %j', (id) => {
    expect(isSafeId(id)).toBe(true);
  });
  it.each([
    '',
    '../../escape',
    'ventes/paris',
    'a\\b',
    '..',
    '.hidden',
    'x..y',
    'a b',
    'é',
    'trailing.',
    'a'.repeat(101),
  ])('refuses %j', (id) => {
    expect(isSafeId(id)).toBe(false);
  });
});

describe('resolveUnder', () => {
  const root = '/tmp/out';
  it('joins inside the root', () => {
    expect(resolveUnder(root, 'invitations', 'rd', 'member.txt')).toBe(join(root, 'invitations/rd/member.txt'));
  });
  it.each([['..', 'x'], ['a', '../../etc/passwd'], ['/etc/passwd']])('refuses %j', (...segments) => {
    expect(() => resolveUnder(root, ...segments)).toThrow(/outside/);
  });
  it('isInside compares resolved paths, not prefixes', () => {
    expect(isInside('/tmp/out', '/tmp/outside/x')).toBe(false);
    expect(isInside('/tmp/out', '/tmp/out')).toBe(true);
  });
});

describe('dataFileUnder', () => {
  const data = mkdtempSync(join(tmpdir(), 'launchkit-data-'));
  mkdirSync(join(data, 'brand'));
  writeFileSync(join(data, 'brand/logo.svg'), '<svg/>');
  symlinkSync('/etc/passwd', join(data, 'brand/link.svg'));
  it('gives a file of the data folder, and a missing one by its path (the caller says it is missing)', () => {
    expect(dataFileUnder(data, 'brand/missing.svg', 'organisation.logo')).toBe(join(data, 'brand/missing.svg'));
    expect(dataFileUnder(data, 'brand/logo.svg', 'organisation.logo')).toMatch(/brand\/logo\.svg$/);
  });
  it.each(['../../../../etc/passwd', '/etc/passwd', 'brand/link.svg'])(
    'refuses %j, which is outside once resolved',
    (p) => {
      expect(() => dataFileUnder(data, p, 'organisation.logo')).toThrow(
        /organisation\.logo .* is outside the data folder/,
      );
    },
  );
});
