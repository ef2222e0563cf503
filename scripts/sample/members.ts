/**
 * The staff of the sample: who they are, their team, when they were invited and activated,
 * and their role. Invitations go out team by team before the launch (plus later waves and
 * newcomers as they arrive); activations follow a launch curve with a long tail.
 */
import { DEPARTMENTS, jobTitle, MAIL_DOMAIN, NEWCOMER, SENIORITY, SITES } from './company.ts';
import { LAST_DAY, LAUNCH_DAY, MINUTES_A_DAY, isWeekend } from './dates.ts';
import {
  ENGLISH_FEMALE,
  ENGLISH_LAST,
  ENGLISH_MALE,
  FRENCH_FEMALE,
  FRENCH_LAST,
  FRENCH_MALE,
  emailPart,
} from './names.ts';
import { cumulative, Random, subSeed } from './random.ts';
import type { Team } from './teams.ts';

export type Role = 'admin' | 'manager' | 'supervisor' | 'member';
export type Status = 'invited' | 'active' | 'removed';

export interface Member {
  email: string;
  firstName: string;
  lastName: string;
  female: boolean;
  role: Role;
  /** Index in the teams list. */
  team: number;
  status: Status;
  /** Minutes since 2026-06-01 00:00, wall-clock. */
  invitedAt: number;
  activatedAt: number | null;
  department: string;
  location: string;
  seniority: string;
  jobTitle: string;
  /** Activated members who never learn exist too: "activated but inactive". */
  learns: boolean;
  /** Last day they can learn: their removal for removed members. */
  lastDay: number;
}

export interface StaffPlan {
  members: number;
  departments: number;
  sites: number;
  admins: number;
  managers: number;
  minTeamSize: number;
}

const SHARE_INVITED = 0.15;
const SHARE_REMOVED = 0.03;
const SHARE_INACTIVE = 0.08;
/** Where project teams are staffed from. */
const PROJECT_DEPARTMENTS = ['R&D', 'Informatique'];

function weekday(rng: Random, from: number, to: number): number {
  for (;;) {
    const day = rng.int(from, to);
    if (!isWeekend(day)) return day;
  }
}

/** A launch curve: most activate in the first two weeks, a tail over the following months. */
function activationTime(rng: Random, invitedAt: number): number {
  const earliest = Math.max(invitedAt + 10, LAUNCH_DAY * MINUTES_A_DAY + 8 * 60);
  for (let tries = 0; tries < 8; tries++) {
    const delayDays = rng.chance(0.7) ? rng.exponential(3) : rng.exponential(30);
    const day = Math.floor(earliest / MINUTES_A_DAY + delayDays);
    const at = day * MINUTES_A_DAY + rng.int(8 * 60, 21 * 60);
    if (day <= LAST_DAY && at > earliest) return at;
  }
  return Math.min(earliest + rng.int(5, 120), (LAST_DAY + 1) * MINUTES_A_DAY - 1);
}

function activate(rng: Random, member: Member, status: 'active' | 'removed'): void {
  member.status = status;
  member.activatedAt = activationTime(rng, member.invitedAt);
  member.learns = !rng.chance(SHARE_INACTIVE);
  const activatedDay = Math.floor(member.activatedAt / MINUTES_A_DAY);
  member.lastDay = status === 'removed' ? Math.min(LAST_DAY, activatedDay + rng.int(15, 100)) : LAST_DAY;
}

export function makeMembers(seed: number, plan: StaffPlan, teams: Team[]): Member[] {
  const rng = new Random(subSeed(seed, 3));
  const departments = DEPARTMENTS.slice(0, plan.departments);
  const departmentWeights = cumulative(departments.map((d) => d.weight));
  const sites = SITES.slice(0, plan.sites);
  // A site with its own team holds everyone there, so other teams draw from the other sites.
  const siteTeams = new Set(
    teams
      .filter((t) => t.criteria.location && !t.criteria.department && !t.criteria.seniority)
      .map((t) => t.criteria.location),
  );
  const openSites = sites.filter(([name]) => !siteTeams.has(name));
  const openSiteWeights = cumulative(openSites.map(([, w]) => w));
  const seniorityWeights = cumulative(SENIORITY.map(([, w]) => w));

  // Team of each member: a minimum per team, the rest by head count, in random order.
  const teamOf: number[] = [];
  teams.forEach((_, t) => {
    for (let k = 0; k < plan.minTeamSize; k++) teamOf.push(t);
  });
  const teamWeights = cumulative(teams.map((t) => t.weight));
  while (teamOf.length < plan.members) teamOf.push(rng.weighted(teamWeights));
  rng.shuffle(teamOf);

  // Admins invite team by team in the two weeks before the launch.
  const batchAt = teams.map(() => weekday(rng, 0, LAUNCH_DAY - 3) * MINUTES_A_DAY + rng.int(9 * 60, 17 * 60));
  const emails = new Map<string, number>();
  const members: Member[] = teamOf.map((t) => {
    const team = teams[t]!;
    const english = rng.chance(0.12);
    const female = rng.chance(0.5);
    const firstName = rng.pick(
      english ? (female ? ENGLISH_FEMALE : ENGLISH_MALE) : female ? FRENCH_FEMALE : FRENCH_MALE,
    );
    const lastName = rng.pick(english ? ENGLISH_LAST : FRENCH_LAST);
    const base = `${emailPart(firstName)}.${emailPart(lastName)}`;
    const seen = (emails.get(base) ?? 0) + 1;
    emails.set(base, seen);
    const { criteria } = team;
    const department = criteria.department
      ? departments.find((d) => d.name === criteria.department)!
      : criteria.project
        ? rng.pick(departments.filter((d) => PROJECT_DEPARTMENTS.includes(d.name)))
        : departments[rng.weighted(departmentWeights)]!;
    const newcomer = criteria.seniority === NEWCOMER;
    const invitedAt = newcomer
      ? weekday(rng, LAUNCH_DAY, LAST_DAY - 10) * MINUTES_A_DAY + rng.int(9 * 60, 11 * 60)
      : rng.chance(0.9)
        ? batchAt[t]! + rng.int(0, 20)
        : weekday(rng, LAUNCH_DAY + 1, LAST_DAY - 12) * MINUTES_A_DAY + rng.int(9 * 60, 18 * 60);
    const member: Member = {
      email: `${seen > 1 ? `${base}${seen}` : base}@${MAIL_DOMAIN}`,
      firstName,
      lastName,
      female,
      role: 'member',
      team: t,
      status: 'invited',
      invitedAt,
      activatedAt: null,
      department: department.name,
      location: criteria.location ?? openSites[rng.weighted(openSiteWeights)]![0],
      seniority: newcomer ? NEWCOMER : SENIORITY[rng.weighted(seniorityWeights)]![0],
      jobTitle: jobTitle(rng.pick(department.titles), female),
      learns: false,
      lastDay: LAST_DAY,
    };
    const draw = rng.next();
    if (draw >= SHARE_INVITED) activate(rng, member, draw < SHARE_INVITED + SHARE_REMOVED ? 'removed' : 'active');
    return member;
  });
  assignRoles(rng, plan, teams, members);
  return members;
}

/** Supervisors per team, then admins and managers among the others: no one holds two roles. */
function assignRoles(rng: Random, plan: StaffPlan, teams: Team[], members: Member[]): void {
  const byTeam = teams.map((): Member[] => []);
  for (const m of members) byTeam[m.team]!.push(m);
  teams.forEach((team, t) => {
    const people = byTeam[t]!;
    const wanted = people.length >= 30 || (people.length >= 10 && rng.chance(0.3)) ? 2 : 1;
    for (let k = 0; k < wanted && k < people.length; k++) {
      let pool = people.filter((m) => m.role === 'member' && m.status === 'active');
      if (pool.length === 0) {
        const someone = rng.pick(people.filter((m) => m.role === 'member'));
        activate(rng, someone, 'active');
        pool = [someone];
      }
      const chosen = rng.pick(pool);
      chosen.role = 'supervisor';
      chosen.jobTitle = `Responsable d'équipe`;
      team.supervisors.push(chosen.email);
    }
  });
  const candidates = (prefer: (m: Member) => boolean) => {
    const free = members.filter((m) => m.role === 'member' && m.status === 'active');
    const preferred = free.filter(prefer);
    return preferred.length > 0 ? preferred : free;
  };
  for (let k = 0; k < plan.admins; k++) {
    const admin = rng.pick(candidates((m) => m.department === 'Ressources humaines'));
    admin.role = 'admin';
    admin.jobTitle = jobTitle('Chargé de formation|Chargée de formation', admin.female);
  }
  for (let k = 0; k < plan.managers; k++) {
    const manager = rng.pick(candidates((m) => m.seniority === 'plus de 10 ans'));
    manager.role = 'manager';
    manager.jobTitle = `${manager.female ? 'Directrice' : 'Directeur'} ${manager.department}`;
  }
}
