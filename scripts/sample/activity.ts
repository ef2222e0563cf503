/**
 * Learning activity, one row per learner, course and day, produced member by member so the
 * writer can stream millions of rows. Each member has a sequence of their own (seeded from
 * the sample's seed and their position): the rows do not depend on how they are written.
 */
import type { Course } from './catalogue.ts';
import { LAST_DAY, MINUTES_A_DAY, isWeekend, monthOf } from './dates.ts';
import type { Member } from './members.ts';
import { Random, subSeed } from './random.ts';

export type EmitRow = (
  course: Course,
  day: number,
  minutes: number,
  progress: number,
  completed: boolean,
  certificate: boolean,
) => void;

/** How likely a weekday is to be a learning day, before a learner's own intensity. */
const RHYTHM = Array.from(
  { length: LAST_DAY + 1 },
  (_, day) => (isWeekend(day) ? 0.25 : 1) * (monthOf(day) === 8 ? 0.65 : 1),
);
const SHARE_SUGGESTED = 0.45;
const CERTIFICATE_RATE = 0.08;
const ABANDON_RATE = 0.015;

interface Open {
  course: Course;
  progress: number;
  speed: number;
}

export class ActivityModel {
  private readonly popularity: number[];

  constructor(
    private readonly seed: number,
    private readonly catalogue: Course[],
    private readonly suggested: Course[][],
  ) {
    let total = 0;
    this.popularity = catalogue.map((c) => (total += c.popularity));
  }

  /** Emits a member's rows in date order; returns how many. */
  member(index: number, member: Member, emit: EmitRow): number {
    if (member.activatedAt === null || !member.learns) return 0;
    const rng = new Random(subSeed(this.seed, 4, index));
    const first = Math.floor(member.activatedAt / MINUTES_A_DAY);
    // Learners differ a lot: a few nearly every day, many now and then.
    const intensity = 0.25 + 0.75 * rng.next() ** 0.35;
    const started = new Set<Course>();
    const suggested = this.suggested[member.team]!;
    const open: Open[] = [];
    let rows = 0;
    for (let day = first; day <= member.lastDay; day++) {
      // Enthusiasm of the first weeks fades slowly.
      const fade = 1 - 0.25 * Math.min(1, (day - first) / 150);
      if (!rng.chance(RHYTHM[day]! * intensity * fade)) continue;
      const sessions = rng.chance(0.55) ? (rng.chance(0.3) ? 3 : 2) : 1;
      const today = new Set<Open>();
      for (let s = 0; s < sessions; s++) {
        let pick: Open | undefined = open.find((o) => !today.has(o) && rng.chance(0.7));
        pick ??= open.find((o) => !today.has(o));
        if (!pick || (open.length < 3 && rng.chance(0.08))) {
          const course = this.choose(rng, suggested, started);
          if (course) {
            started.add(course);
            pick = { course, progress: 0, speed: 0.7 + rng.next() * 0.9 };
            open.push(pick);
          }
        }
        if (!pick || today.has(pick)) continue;
        today.add(pick);
        const minutes = Math.min(120, Math.max(5, Math.round(Math.exp(Math.log(26) + 0.6 * rng.normal()))));
        pick.progress += (minutes / (pick.course.durationHours * 60)) * 100 * pick.speed;
        // Completed when the progress shown (one decimal) reaches 100.
        const completed = pick.progress >= 99.95;
        if (completed) pick.progress = 100;
        emit(
          pick.course,
          day,
          minutes,
          Math.round(pick.progress * 10) / 10,
          completed,
          completed && rng.chance(CERTIFICATE_RATE),
        );
        rows++;
        if (completed || rng.chance(ABANDON_RATE)) open.splice(open.indexOf(pick), 1);
      }
    }
    return rows;
  }

  /** A course not started yet: often one suggested to the team, else a popular one. */
  private choose(rng: Random, suggested: Course[], started: Set<Course>): Course | undefined {
    if (rng.chance(SHARE_SUGGESTED)) {
      const fresh = suggested.filter((c) => !started.has(c));
      if (fresh.length > 0) return rng.pick(fresh);
    }
    for (let tries = 0; tries < 8; tries++) {
      const course = this.catalogue[rng.weighted(this.popularity)]!;
      if (!started.has(course)) return course;
    }
    return undefined;
  }
}
