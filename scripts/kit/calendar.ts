/**
 * `calendar.ics`: launch day, kickoff session, the comms send dates and a year of monthly
 * reviews, from the config. All-day events (no time zone to get wrong) and a DTSTAMP taken
 * from the launch date, not the clock: the same config gives the same bytes.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { OrgConfig } from '../config/schema.ts';
import { t } from '../config/schema.ts';
import { WORDS } from '../../templates/copy.ts';
import { CliError } from '../cli/errors.ts';

type Kind = keyof (typeof WORDS)['fr']['sendKinds'];
interface Day {
  date: string;
  kind: Kind;
  label?: { fr?: string; en?: string };
}

const REVIEW_MONTHS = 12;

function dateArray(iso: string, plusDays = 0): [number, number, number] {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** The review day of each of the twelve months after the launch month, moved to Monday when it falls on a weekend. */
export function reviewDates(config: OrgConfig): string[] {
  const [y, m] = config.programme.launchDate.split('-').map(Number);
  return Array.from({ length: REVIEW_MONTHS }, (_, i) => {
    const d = new Date(Date.UTC(y!, m! + i, config.comms.reviewDay));
    const weekday = d.getUTCDay();
    if (weekday === 6 || weekday === 0) d.setUTCDate(d.getUTCDate() + (weekday === 6 ? 2 : 1));
    return d.toISOString().slice(0, 10);
  });
}

export function calendarDays(config: OrgConfig): Day[] {
  const days: Day[] = [{ date: config.programme.launchDate, kind: 'launch' }];
  if (config.programme.kickoffDate) days.push({ date: config.programme.kickoffDate, kind: 'kickoff' });
  for (const send of config.comms.sendDates) days.push({ date: send.date, kind: send.kind, label: send.label });
  for (const date of reviewDates(config)) days.push({ date, kind: 'review' });
  const seen = new Set<string>();
  return days
    .filter((d) => {
      const key = `${d.kind}:${d.date}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

export function calendarIcs(config: OrgConfig): string {
  const langs = config.organisation.languages;
  const host = new URL(config.programme.siteUrl).host;
  const stamp = Date.parse(`${config.programme.launchDate}T00:00:00Z`);
  const events = calendarDays(config).map((day) => {
    const summary = langs.map(
      (lang) => `${t(config.programme.name, lang)} — ${day.label?.[lang] ?? WORDS[lang].sendKinds[day.kind]}`,
    );
    const event: EventAttributes & { timestamp: number } = {
      uid: `${day.kind}-${day.date}@${host}`,
      title: [...new Set(summary)].join(' / '),
      description: langs.map((lang) => t(config.comms.tagline, lang)).join('\n'),
      url: config.programme.siteUrl,
      start: dateArray(day.date),
      end: dateArray(day.date, 1),
      timestamp: stamp,
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
    };
    return event;
  });
  const { error, value } = createEvents(events, {
    productId: 'launchkit',
    calName: t(config.programme.name, config.organisation.defaultLanguage),
  });
  if (error || !value)
    throw new CliError(`kit: the calendar could not be written: ${error?.message ?? 'no output'}`, {
      hint: 'Check the dates in programme and comms.sendDates.',
    });
  return value;
}
