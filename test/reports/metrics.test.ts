/**
 * computeMetrics against figures worked out by hand from test/fixtures/reports-tiny (period
 * 2026-11, previous 2026-10). The arithmetic is in the comments; the code is not consulted.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createTestDb } from '../helpers/db.ts';
import { config, rows } from '../fixtures/reports-tiny/fixture.ts';
import { computeMetrics, defaultPeriod, periodWeeks, type Metrics } from '../../reports/metrics.ts';

let db: DuckDBConnection;
let m: Metrics;
const team = (id: string) => m.teams.find((t) => t.teamId === id)!;

beforeAll(async () => {
  db = await createTestDb(rows);
  m = await computeMetrics(db, config, '2026-11');
});

test('the default period is the last complete month of the data, not the clock', async () => {
  // Last activity 2026-11-30, the last day of November (a Monday): November is complete.
  expect(await defaultPeriod(db)).toBe('2026-11');
  // Without the 30 November row the last activity is 2026-11-24: Wed 25 –
  // Mon 30 still hold weekdays, so November is not complete and October is the default.
  const partial = await createTestDb({
    activity: [
      { email: 'a@x.fr', course_id: 'c', date: '2026-11-24', minutes: 5, completed: false, certificate: false },
    ],
  });
  expect(await defaultPeriod(partial)).toBe('2026-10');
  // Data ending on Friday 2026-10-30: only the weekend is left, so October is complete.
  const friday = await createTestDb({
    activity: [
      { email: 'a@x.fr', course_id: 'c', date: '2026-10-30', minutes: 5, completed: false, certificate: false },
    ],
  });
  expect(await defaultPeriod(friday)).toBe('2026-10');
});

test('weeks are the 12 complete Monday weeks ending by the last day of the period', () => {
  // 2026-11-30 is a Monday, so its week is not complete: the last week is 23–29 November.
  const weeks = periodWeeks('2026-11');
  expect(weeks).toHaveLength(12);
  expect(weeks.at(-1)).toBe('2026-11-23');
  expect(weeks[0]).toBe('2026-09-07');
});

describe('licences', () => {
  test('ventes', () => {
    // Not removed and invited by 1 Dec: alice, bruno, chloe, denis = 4. Activated: alice (3 Oct),
    // bruno (11 Oct), chloe (4 Nov) = 3 → 3/4 = 75 %. Days: 2, 10, 34 → median 10.
    expect(team('ventes').current).toMatchObject({
      invited: 4,
      activated: 3,
      activationRate: 0.75,
      medianDaysToActivate: 10,
    });
    // By 1 Nov: denis not yet invited → 3; chloe not yet activated → 2 → 2/3.
    expect(team('ventes').previous).toMatchObject({ invited: 3, activated: 2 });
    expect(team('ventes').previous.activationRate).toBeCloseTo(2 / 3);
  });
  test('tech and rh', () => {
    // farid is removed: emma and jules, both activated → 100 %; days 1 and 18 → median 9.5.
    expect(team('tech').current).toMatchObject({
      invited: 2,
      activated: 2,
      activationRate: 1,
      medianDaysToActivate: 9.5,
    });
    // By 1 Nov jules (invited 15 Oct) is invited, not activated (2 Nov) → 1/2.
    expect(team('tech').previous).toMatchObject({ invited: 2, activated: 1, activationRate: 0.5 });
    // rh: ines invited 16 Nov, pending → 0/1; in October nobody → rate null, not NaN.
    expect(team('rh').current).toMatchObject({
      invited: 1,
      activated: 0,
      activationRate: 0,
      medianDaysToActivate: null,
    });
    expect(team('rh').previous).toMatchObject({ invited: 0, activationRate: null });
  });
  test('organisation', () => {
    // 9 not removed (+ gaelle, hugo, ines, denis, jules…); activated alice, bruno, chloe, emma,
    // jules, gaelle = 6 → 6/9. Days 0,1,2,10,18,34 → median (2+10)/2 = 6.
    expect(m.org.current).toMatchObject({ invited: 9, activated: 6, medianDaysToActivate: 6 });
    expect(m.org.current.activationRate).toBeCloseTo(6 / 9);
    // By 1 Nov: alice, bruno, chloe, emma, jules, gaelle, hugo = 7 invited; alice, bruno, emma, gaelle = 4.
    expect(m.org.previous).toMatchObject({ invited: 7, activated: 4 });
    expect(m.licences).toBe(20);
  });
});

describe('learning', () => {
  test('active learners and hours', () => {
    // November minutes: alice 60+30 = 90, bruno 0.5 (< 1 minute: not active), chloe 89.5
    // → ventes 2 active, 180 min = 3 h, 1.5 h per active learner.
    expect(team('ventes').current).toMatchObject({ activeLearners: 2, hours: 3, hoursPerActiveLearner: 1.5 });
    // emma 120+30 = 150, jules 90 → 2 active, 240 min = 4 h, 2 h each.
    expect(team('tech').current).toMatchObject({ activeLearners: 2, hours: 4, hoursPerActiveLearner: 2 });
    // + zoe (unknown e-mail) 60 and gaelle (no team) 30 → 6 active, 510 min = 8.5 h.
    expect(m.org.current).toMatchObject({ activeLearners: 6, hours: 8.5 });
    expect(m.org.current.hoursPerActiveLearner).toBeCloseTo(8.5 / 6);
    // rh: nothing, and no NaN.
    expect(team('rh').current).toMatchObject({ activeLearners: 0, hours: 0, hoursPerActiveLearner: null });
  });
  test('previous period and to date', () => {
    // October: ventes alice 120 + bruno 30 = 150 min = 2.5 h; tech emma 90 + farid 30 = 2 h.
    expect(team('ventes').previous).toMatchObject({ activeLearners: 2, hours: 2.5 });
    expect(team('tech').previous).toMatchObject({ activeLearners: 2, hours: 2 });
    expect(m.org.previous).toMatchObject({ activeLearners: 4, hours: 4.5, hoursPerActiveLearner: 1.125 });
    // To date: ventes 150 + 180 = 330 min = 5.5 h; org 270 + 510 = 780 min = 13 h.
    expect(team('ventes').current.hoursToDate).toBe(5.5);
    expect(m.org.current.hoursToDate).toBe(13);
  });
  test('weekly active learners', () => {
    // ventes, week of 2 Nov: alice (3 Nov) and chloe (5 Nov); week of 16 Nov: bruno 0.5 min → 0.
    const weeks = Object.fromEntries(team('ventes').weekly.map((w) => [w.week, w.activeLearners]));
    expect(weeks['2026-11-02']).toBe(2);
    expect(weeks['2026-11-16']).toBe(0);
    expect(weeks['2026-10-05']).toBe(1);
    // organisation, week of 9 Nov: alice, emma, zoe; 60+30 min... hours = (30 + 120 + 60) / 60 = 3.5.
    const org = m.org.weekly.find((w) => w.week === '2026-11-09')!;
    expect(org).toEqual({ week: '2026-11-09', activeLearners: 3, hours: 3.5 });
  });
});

describe('courses', () => {
  test('started, completed, certificates, completion rate', () => {
    // ventes pairs: alice/neg (start 5 Oct, completed + certificate 3 Nov), alice/xl (10 Nov),
    // bruno/xl (20 Oct), chloe/neg (5 Nov). November: started 2, completed 1, certificates 1.
    // To date 4 started, 1 completed → 25 %.
    expect(team('ventes').current).toMatchObject({
      coursesStarted: 2,
      coursesCompleted: 1,
      certificates: 1,
      startedToDate: 4,
      completedToDate: 1,
      completionRate: 0.25,
    });
    // tech: emma/py (6 Oct, completed 9 Nov, certificate 23 Nov), farid/py (7 Oct), jules/xl (30 Nov).
    expect(team('tech').current).toMatchObject({
      coursesStarted: 1,
      coursesCompleted: 1,
      certificates: 1,
      startedToDate: 3,
    });
    expect(team('tech').current.completionRate).toBeCloseTo(1 / 3);
    // organisation: + zoe/py and gaelle/xl started in November → 5 started, 2 completed, 2 certificates, 2/9.
    expect(m.org.current).toMatchObject({
      coursesStarted: 5,
      coursesCompleted: 2,
      certificates: 2,
      startedToDate: 9,
      learnersCompletedToDate: 2,
    });
    // October: ventes started alice/neg + bruno/xl, nothing completed → 0 %.
    expect(team('ventes').previous).toMatchObject({ coursesStarted: 2, coursesCompleted: 0, completionRate: 0 });
  });
  test('top courses', () => {
    // ventes in November: c-neg (alice, chloe; 149.5 min) and c-xl (alice, bruno; 30.5 min).
    expect(team('ventes').topCourses.map((c) => [c.courseId, c.learners])).toEqual([
      ['c-neg', 2],
      ['c-xl', 2],
    ]);
    expect(team('ventes').topCourses[0]!.title).toBe('Négocier avec succès');
    expect(team('rh').topCourses).toEqual([]);
  });
  test('top courses: ties go to the most hours, then to the first course id; five at most', async () => {
    // Hugo follows seven courses in November, ines one of them: c-7 alone has 2 learners; the
    // others have one, c-1…c-6 with 30 minutes except c-5 (40 minutes). So: c-7, c-5, then the 30-minute
    // ones by id: c-1, c-2, c-3 (c-4 and c-6 are cut).
    const learner = (email: string, course_id: string, minutes: number) => ({
      email,
      course_id,
      date: '2026-11-10',
      minutes,
      completed: false,
      certificate: false,
    });
    const tied = await createTestDb({
      members: rows.members,
      activity: [
        ...['c-6', 'c-4', 'c-3', 'c-2', 'c-1'].map((c) => learner('hugo@acme.fr', c, 30)),
        learner('hugo@acme.fr', 'c-5', 40),
        learner('hugo@acme.fr', 'c-7', 10),
        learner('ines@acme.fr', 'c-7', 10),
      ],
    });
    const top = (await computeMetrics(tied, config, '2026-11')).org.topCourses;
    expect(top.map((c) => [c.courseId, c.learners, c.hours * 60])).toEqual([
      ['c-7', 2, 20],
      ['c-5', 1, 40],
      ['c-1', 1, 30],
      ['c-2', 1, 30],
      ['c-3', 1, 30],
    ]);
    // A course missing from the catalogue is shown by its id.
    expect(top[0]!.title).toBe('c-7');
  });
});

test('suggested-course uptake', () => {
  // ventes suggests c-neg: alice and chloe of 4 members → 50 %; by 1 Nov alice of 3 → 1/3.
  expect(team('ventes').current).toMatchObject({ uptakeMembers: 4, uptakeStarted: 2, suggestedUptake: 0.5 });
  expect(team('ventes').previous.suggestedUptake).toBeCloseTo(1 / 3);
  // tech suggests c-py and c-xl: emma (py) and jules (xl) → 100 %; by 1 Nov emma only → 50 %.
  expect(team('tech').current.suggestedUptake).toBe(1);
  expect(team('tech').previous.suggestedUptake).toBe(0.5);
  // rh suggests nothing: no uptake. Organisation: 4 of 6 members of ventes + tech.
  expect(team('rh').current.suggestedUptake).toBeNull();
  expect(m.org.current).toMatchObject({ uptakeMembers: 6, uptakeStarted: 4 });
});

test('goals on a linear pace from launch (1 Oct) to deadline (31 Dec)', () => {
  // 61 of 91 days elapsed at 1 Dec. Activation: expected 0.9 × 61/91 = 0.603; value 6/9 = 0.667 → on track.
  const [activation] = m.org.goals;
  expect(activation).toMatchObject({ id: 'activation', status: 'on-track', target: 0.9 });
  expect(activation!.expected).toBeCloseTo((0.9 * 61) / 91);
  // ventes: 10 completions expected 6.7 by now, 1 done → behind. Not an org goal.
  expect(team('ventes').goals).toMatchObject([{ id: 'ventes-completions', value: 1, status: 'behind' }]);
  expect(team('ventes').goals[0]!.expected).toBeCloseTo((10 * 61) / 91);
  expect(team('tech').goals).toEqual([]);
});

test('a query that fails makes computeMetrics fail, not wait for ever', async () => {
  // The queries reading the pairs wait for the query making them: its failure must reach them.
  const broken = await createTestDb(rows);
  await broken.run('DROP TABLE activity');
  await expect(computeMetrics(broken, config, '2026-11')).rejects.toThrow(/activity/);
});
