// What a build counts as its inputs: a rebuild is skipped only when none of them changed.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { inputsHash } from '../../scripts/build/build.ts';
import { copyFixture } from '../helpers/fixture.ts';

test('a logo linked from elsewhere counts by what it points to', async () => {
  const data = copyFixture('tiny');
  const shared = join(mkdtempSync(join(tmpdir(), 'launchkit-shared-')), 'logo.svg');
  writeFileSync(shared, '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
  rmSync(join(data, 'logo.svg'), { force: true });
  symlinkSync(shared, join(data, 'logo.svg'));
  const before = await inputsHash(data, { strict: false }, []);
  expect(await inputsHash(data, { strict: false }, [])).toBe(before);
  writeFileSync(shared, '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>');
  expect(await inputsHash(data, { strict: false }, [])).not.toBe(before);
});
