/**
 * The activation reminder of one team. It goes to the team's members who are invited and
 * not yet active, so it names nobody: the list of recipients is the invitations stage's job.
 */
import type { Language, OrgConfig, TeamConfig } from '../../scripts/config/schema.ts';
import { t } from '../../scripts/config/schema.ts';
import { WORDS } from '../copy.ts';
import { longDate, teamName, teamPageUrl } from '../shared.ts';
import { Email, type EmailDoc } from './layout.ts';

export function reminderEmail(config: OrgConfig, lang: Language, team: TeamConfig): EmailDoc {
  const e = new Email(config, lang, `reminder-${team.id}`);
  const w = WORDS[lang];
  const platform = config.programme.platformName;
  const name = teamName(team, lang);
  const suggested = team.suggestedCourses.length;
  return e.document({
    name: `reminder-${team.id}`,
    title: {
      fr: `Relance d’activation — ${teamName(team, 'fr')}`,
      en: `Activation reminder — ${teamName(team, 'en')}`,
    },
    subject: w.reminder.subject(platform, name),
    preview: w.reminder.preview(platform),
    body: [
      e.title(`${t(config.programme.name, lang)} · ${name}`),
      e.paragraph(w.reminder.body(platform, longDate(config.programme.launchDate, lang))),
      e.button(config.programme.activationUrl, w.reminder.cta),
      e.heading(w.stepsTitle),
      e.bullets(w.steps(platform), true),
      ...(suggested > 0 ? [e.paragraph(w.reminder.suggested(suggested))] : []),
      e.paragraph(e.anchor(teamPageUrl(config, lang, team.id), w.reminder.teamPage)),
      e.paragraph(w.launch.spamNote(platform)),
    ],
  });
}
