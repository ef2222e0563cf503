/**
 * The kit's test organisation: the config in test/fixtures/kit-org and a handful of rows whose
 * October 2026 figures are worked out by hand:
 * - invited 13 (ventes-lyon 5, data 2, direction 6), activated 8 → 62 %; ventes-lyon 4/5 = 80 %,
 *   direction 3/6 = 50 %, data (2 members) below privacy.minGroupSize = 5: hidden;
 * - October: c-sql 60 min × 5 learners, c-excel 30 min × 1 → 330 min = 5.5 h, 5 active learners,
 *   1 certificate; c-sql (5 learners) is shown, c-excel (1 learner) is not;
 * - September: 120 min of c-negociation, not in October's figures.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildContext } from '../../scripts/build/context.ts';
import { loadConfig } from '../../scripts/config/load-config.ts';
import { createTestDb } from '../helpers/db.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/kit-org');
export const PERIOD = '2026-10';

function member(email: string, team: string, active: boolean) {
  return {
    email,
    first_name: `Zoé-${email.split('@')[0]}`,
    last_name: `Quintard-${email.split('@')[0]}`,
    role: 'member',
    team_id: team,
    status: active ? 'active' : 'invited',
    invited_at: '2026-09-14 09:00:00',
    activated_at: active ? '2026-09-15 10:00:00' : null,
  };
}

function activity(email: string, course: string, date: string, minutes: number, certificate = false) {
  return {
    email,
    course_id: course,
    date,
    minutes,
    progress_pct: certificate ? 100 : 40,
    completed: certificate,
    certificate,
  };
}

export const ROWS = {
  members: [
    ...[1, 2, 3, 4, 5].map((i) => member(`v${i}@alpina.example`, 'ventes-lyon', i <= 4)),
    member('d1@alpina.example', 'data', true),
    member('d2@alpina.example', 'data', false),
    ...[1, 2, 3, 4, 5, 6].map((i) => member(`r${i}@alpina.example`, 'direction', i <= 3)),
  ],
  teams: [
    { team_id: 'ventes-lyon', name: 'Ventes Lyon', supervisor_emails: ['chef.ventes@alpina.example'] },
    { team_id: 'data', name: 'Données', supervisor_emails: [] },
    { team_id: 'direction', name: 'Direction', supervisor_emails: [] },
  ],
  courses: [
    {
      course_id: 'c-sql',
      title: 'SQL pour tous',
      url: 'https://openclassrooms.com/fr/courses/sql',
      domain: 'Data',
      duration_hours: 10,
      level: 'débutant',
      language: 'fr',
    },
    {
      course_id: 'c-excel',
      title: 'Excel <b>avancé</b>',
      url: 'https://openclassrooms.com/fr/courses/excel',
      domain: 'Bureautique',
      duration_hours: 6,
      level: 'avancé',
      language: 'fr',
    },
    {
      course_id: 'c-negociation',
      title: 'Négocier',
      url: 'https://openclassrooms.com/fr/courses/negocier',
      domain: 'Vente',
      duration_hours: 4,
      level: 'débutant',
      language: 'fr',
    },
  ],
  activity: [
    ...['v1', 'v2', 'v3', 'v4'].map((m) => activity(`${m}@alpina.example`, 'c-sql', '2026-10-05', 60)),
    activity('r1@alpina.example', 'c-sql', '2026-10-05', 60, true),
    activity('v1@alpina.example', 'c-excel', '2026-10-06', 30),
    activity('v1@alpina.example', 'c-negociation', '2026-09-20', 120),
  ],
};

export interface TestContext extends BuildContext {
  lines: string[];
}

export async function kitContext(
  overrides: { configPatch?: (c: BuildContext['config']) => void; bleed?: boolean } = {},
): Promise<TestContext> {
  const config = await loadConfig(FIXTURE_DIR);
  overrides.configPatch?.(config);
  const lines: string[] = [];
  return {
    config,
    dataDir: FIXTURE_DIR,
    db: await createTestDb(ROWS),
    out: await mkdtemp(join(tmpdir(), 'kit-')),
    log: { info: (m) => lines.push(m), warn: (m) => lines.push(`warn: ${m}`), progress: () => {} },
    options: { strict: true, period: PERIOD, ...(overrides.bleed ? { bleed: true } : {}) } as BuildContext['options'],
    lines,
  };
}
