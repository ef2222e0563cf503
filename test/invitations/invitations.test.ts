import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runBuild } from '../../scripts/build/build.ts';
import { memoryLogger } from '../../scripts/cli/logger.ts';
import { invitationsStage } from '../../scripts/invitations/stage.ts';
import { copyFixture } from '../helpers/fixture.ts';
import { csvLines } from '../helpers/csv.ts';

test('one paste-ready batch per team and role, for everyone invited and not yet active', async () => {
  // Tiny, plus: an invited manager without team, an invited supervisor and a second invited
  // member of Ventes (in upper case in the export), and a removed member who must not be invited.
  const data = copyFixture('tiny', {
    'exports/members.csv': (t) =>
      t +
      [
        'mia.manager@tiny.example,Mia,Manager,manager,,invited,2026-09-20 09:00:00,,,,,',
        'paul.sup@tiny.example,Paul,Sup,supervisor,rd,invited,2026-09-20 09:00:00,,,,,',
        'ANNE.AUBERT@tiny.example,Anne,Aubert,member,ventes,invited,2026-09-20 09:00:00,,,,,',
        'old.timer@tiny.example,Old,Timer,member,ventes,removed,2026-09-20 09:00:00,,,,,',
      ].join('\n') +
      '\n',
  });
  const out = join(mkdtempSync(join(tmpdir(), 'launchkit-inv-')), 'dist');
  await runBuild({
    dataDir: data,
    outDir: out,
    options: { strict: false },
    log: memoryLogger(),
    stages: [invitationsStage],
  });
  const dir = join(out, 'invitations');
  expect(csvLines(join(dir, 'summary.csv'))).toEqual([
    'team_id,role,count,file',
    '_no-team,manager,1,_no-team/manager.txt',
    'rd,member,1,rd/member.txt',
    'rd,supervisor,1,rd/supervisor.txt',
    'ventes,member,2,ventes/member.txt',
  ]);
  expect(readFileSync(join(dir, 'ventes/member.txt'), 'utf8')).toBe(
    'anne.aubert@tiny.example\ntom.tran@tiny.example\n',
  );
  expect(readFileSync(join(dir, 'rd/member.txt'), 'utf8')).toBe('noe.noel@tiny.example\n');
  expect(readFileSync(join(dir, 'rd/supervisor.txt'), 'utf8')).toBe('paul.sup@tiny.example\n');
  expect(readFileSync(join(dir, '_no-team/manager.txt'), 'utf8')).toBe('mia.manager@tiny.example\n');
  expect(readdirSync(dir).sort()).toEqual(['_no-team', 'rd', 'summary.csv', 'ventes']);
});
