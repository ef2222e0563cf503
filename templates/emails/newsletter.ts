/**
 * The monthly newsletter: the period's aggregates only (hours, certificates, most-followed
 * courses, suggested courses, teams by activation rate, next dates). Groups below
 * `privacy.minGroupSize` are left out — small teams, and courses followed by few people.
 */
import type { Language, OrgConfig } from '../../scripts/config/schema.ts';
import { t } from '../../scripts/config/schema.ts';
import { WORDS } from '../copy.ts';
import { formatNumber, formatPercent, longDate, monthName } from '../shared.ts';
import { Email, mj, type EmailDoc } from './layout.ts';

/** What the newsletter shows, already filtered for privacy (built by scripts/kit/newsletter-data.ts). */
export interface NewsletterData {
  period: string;
  hours: number;
  certificates: number;
  activeLearners: number;
  activationRate: number | null;
  topCourses: { title: string; learners: number; url?: string }[];
  suggested: { title: string; url?: string }[];
  /** Teams of at least `privacy.minGroupSize` members, best activation rate first. */
  teams: { name: { fr?: string; en?: string }; activationRate: number }[];
  nextDates: { date: string; label: { fr: string; en: string } }[];
}

export function newsletterEmail(config: OrgConfig, lang: Language, data: NewsletterData): EmailDoc {
  const name = `newsletter-${data.period}`;
  const e = new Email(config, lang, name);
  const w = WORDS[lang].newsletter;
  const month = monthName(data.period, lang);
  const programme = t(config.programme.name, lang);
  const hours = formatNumber(data.hours, lang, data.hours < 100 ? 1 : 0);
  const certificates = formatNumber(data.certificates, lang);
  const figure = (value: string, label: string) =>
    mj`<mj-column width="50%"><mj-text align="center" font-size="30px" line-height="36px" font-weight="800" color="${e.p.heading}" padding="8px 10px 0">${value}</mj-text><mj-text align="center" font-size="14px" line-height="20px" padding="0 10px 8px">${label}</mj-text></mj-column>`;
  const courseItem = (c: { title: string; url?: string }, suffix = '') =>
    mj`<li style="margin:0 0 6px">${c.url ? e.anchor(c.url, c.title) : c.title}${suffix}</li>`;
  const list = (items: ReturnType<typeof mj>[]) =>
    mj`<mj-text><ul style="margin:0;padding-left:22px">${items}</ul></mj-text>`;
  const body = [
    e.title(w.title(month)),
    mj`</mj-column></mj-section><mj-section padding="0">${figure(hours, w.hours)}${figure(certificates, w.certificates)}</mj-section><mj-section padding="0">${figure(formatNumber(data.activeLearners, lang), w.activeLearners)}${figure(data.activationRate === null ? '—' : formatPercent(data.activationRate, lang), w.activationRate)}</mj-section><mj-section padding="0 0 20px"><mj-column>`,
    e.heading(w.topCourses),
    data.topCourses.length
      ? list(data.topCourses.map((c) => courseItem(c, ` — ${w.learners(c.learners, formatNumber(c.learners, lang))}`)))
      : e.paragraph(w.noCourses),
    ...(data.suggested.length ? [e.heading(w.suggestedTitle), list(data.suggested.map((c) => courseItem(c)))] : []),
    ...(data.teams.length
      ? [
          e.heading(w.teamsTitle),
          list(
            data.teams.map(
              (team) =>
                mj`<li style="margin:0 0 6px">${team.name[lang] ?? team.name.fr ?? ''} — ${formatPercent(team.activationRate, lang)}</li>`,
            ),
          ),
        ]
      : []),
    mj`<mj-text font-size="13px" line-height="20px" color="${e.p.muted}">${w.teamsNote(config.privacy.minGroupSize)}</mj-text>`,
    ...(data.nextDates.length
      ? [e.heading(w.nextDates), e.bullets(data.nextDates.map((d) => `${longDate(d.date, lang)} — ${d.label[lang]}`))]
      : []),
    e.button(config.programme.platformUrl, w.cta),
  ];
  const title = {
    fr: `Lettre mensuelle — ${monthName(data.period, 'fr')}`,
    en: `Monthly newsletter — ${monthName(data.period, 'en')}`,
  };
  return e.document({
    name,
    title,
    subject: w.subject(programme, month),
    preview: w.preview(hours, data.certificates, certificates),
    body,
  });
}
