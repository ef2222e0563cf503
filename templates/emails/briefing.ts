/** The manager briefing: how to support the team, the supervisor role, team pages, talking points. */
import type { Language, OrgConfig } from '../../scripts/config/schema.ts';
import { t } from '../../scripts/config/schema.ts';
import { WORDS } from '../copy.ts';
import { longDate, teamName, teamPageUrl } from '../shared.ts';
import { Email, mj, type EmailDoc } from './layout.ts';

export function briefingEmail(config: OrgConfig, lang: Language): EmailDoc {
  const e = new Email(config, lang, 'briefing');
  const w = WORDS[lang];
  const platform = config.programme.platformName;
  const programme = t(config.programme.name, lang);
  const dates = [...config.comms.sendDates].sort((a, b) => a.date.localeCompare(b.date));
  const teams = config.teams.map(
    (team) => mj`<li style="margin:0 0 6px">${e.anchor(teamPageUrl(config, lang, team.id), teamName(team, lang))}</li>`,
  );
  return e.document({
    name: 'briefing',
    title: { fr: 'Briefing des managers', en: 'Manager briefing' },
    subject: w.briefing.subject(programme),
    preview: w.briefing.preview,
    body: [
      e.title(programme),
      e.paragraph(w.briefing.intro(programme, platform)),
      e.heading(w.briefing.supportTitle),
      e.bullets(w.briefing.support),
      e.heading(w.briefing.roleTitle),
      e.paragraph(w.briefing.role),
      ...(teams.length
        ? [
            e.heading(w.briefing.teamsTitle),
            mj`<mj-text><ul style="margin:0;padding-left:22px">${teams}</ul></mj-text>`,
          ]
        : []),
      e.heading(w.briefing.talkingTitle),
      e.bullets([
        t(config.comms.tagline, lang),
        t(config.comms.why, lang),
        ...config.comms.benefits.map((b) => t(b, lang)),
      ]),
      ...(dates.length
        ? [
            e.heading(w.briefing.datesTitle),
            e.bullets(
              dates.map((d) => `${longDate(d.date, lang)} — ${d.label ? t(d.label, lang) : w.sendKinds[d.kind]}`),
            ),
          ]
        : []),
      e.button(config.programme.activationUrl, w.launch.cta),
    ],
  });
}
