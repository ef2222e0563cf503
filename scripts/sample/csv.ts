/**
 * Writing the exports: a buffered file writer (the L activity file is ~10 M rows) and the
 * canonical format — `,`, UTF-8 without BOM, LF, ISO dates, `.` decimals, true/false.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Course } from './catalogue.ts';
import { clock, dayTable, isoDay, MINUTES_A_DAY } from './dates.ts';
import type { Member } from './members.ts';
import type { Team } from './teams.ts';

export type ExportFile = 'members' | 'teams' | 'activity' | 'courses';

/** One way of serialising the generated rows; the clean and messy variants differ only here. */
export interface ExportFormat {
  separator: string;
  eol: string;
  encoding: Record<ExportFile, 'utf8' | 'latin1'>;
  bom: Record<ExportFile, boolean>;
  headers: Record<ExportFile, string[]>;
  member(member: Member, team: Team): string[];
  team(team: Team): string[];
  course(course: Course): string[];
  /** Whole line with its end of line: the hot path, millions of calls at L. */
  activity(
    email: string,
    courseId: string,
    day: number,
    minutes: number,
    progress: number,
    completed: boolean,
    certificate: boolean,
  ): string;
}

const CHUNK = 4 << 20;

/** Buffers text and writes it in large chunks; refuses characters its encoding cannot hold. */
export class ExportWriter {
  private buffer = '';
  private constructor(
    private readonly handle: FileHandle,
    private readonly path: string,
    private readonly encoding: 'utf8' | 'latin1',
  ) {}

  static async create(path: string, encoding: 'utf8' | 'latin1', bom: boolean): Promise<ExportWriter> {
    const writer = new ExportWriter(await open(path, 'w'), path, encoding);
    if (bom) writer.buffer = '\uFEFF';
    return writer;
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.encoding === 'latin1') {
      const bad = /[^\x00-\xff]/.exec(this.buffer);
      if (bad) throw new Error(`${this.path}: "${bad[0]}" cannot be written in Latin-1`);
    }
    await this.handle.write(Buffer.from(this.buffer, this.encoding));
    this.buffer = '';
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}

/** Quotes a text cell when it holds the separator, a quote or a line break (RFC 4180). */
export function cell(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function isoTimestamp(minutes: number): string {
  return `${isoDay(Math.floor(minutes / MINUTES_A_DAY))} ${clock(minutes)}:00`;
}

export const HEADERS: Record<ExportFile, string[]> = {
  members: [
    'email',
    'first_name',
    'last_name',
    'role',
    'team_id',
    'status',
    'invited_at',
    'activated_at',
    'department',
    'location',
    'seniority',
    'job_title',
  ],
  teams: ['team_id', 'name', 'supervisor_emails'],
  activity: ['email', 'course_id', 'date', 'minutes', 'progress_pct', 'completed', 'certificate'],
  courses: ['course_id', 'title', 'url', 'domain', 'duration_hours', 'level', 'language'],
};

export function cleanFormat(): ExportFormat {
  const days = dayTable(isoDay);
  return {
    separator: ',',
    eol: '\n',
    encoding: { members: 'utf8', teams: 'utf8', activity: 'utf8', courses: 'utf8' },
    bom: { members: false, teams: false, activity: false, courses: false },
    headers: HEADERS,
    member: (m, team) => [
      m.email,
      m.firstName,
      m.lastName,
      m.role,
      team.id,
      m.status,
      isoTimestamp(m.invitedAt),
      m.activatedAt === null ? '' : isoTimestamp(m.activatedAt),
      m.department,
      m.location,
      m.seniority,
      m.jobTitle,
    ],
    team: (t) => [t.id, t.name.fr, t.supervisors.join('|')],
    course: (c) => [c.id, c.title, c.url, c.domain, String(c.durationHours), c.level, c.language],
    activity: (email, courseId, day, minutes, progress, completed, certificate) =>
      `${email},${courseId},${days[day]},${minutes},${progress},${completed},${certificate}\n`,
  };
}
