/** The launch announcement from the company, sent before the platform's own invitation. */
import type { Language, OrgConfig } from '../../scripts/config/schema.ts';
import { t } from '../../scripts/config/schema.ts';
import { WORDS } from '../copy.ts';
import { Email, mj, type EmailDoc } from './layout.ts';

export function launchEmail(config: OrgConfig, lang: Language): EmailDoc {
  const e = new Email(config, lang, 'launch');
  const w = WORDS[lang];
  const platform = config.programme.platformName;
  const programme = t(config.programme.name, lang);
  const contact = config.programme.contact;
  const faq = config.comms.faq.flatMap((item) => [
    mj`<mj-text padding-bottom="0"><strong>${t(item.question, lang)}</strong></mj-text>`,
    e.paragraph(t(item.answer, lang)),
  ]);
  return e.document({
    name: 'launch',
    title: { fr: 'E-mail de lancement', en: 'Launch e-mail' },
    subject: w.launch.subject(programme, platform),
    preview: t(config.comms.tagline, lang),
    body: [
      e.title(programme),
      e.paragraph(w.launch.intro(config.organisation.name, platform)),
      e.heading(w.launch.whyTitle),
      e.paragraph(t(config.comms.why, lang)),
      e.heading(w.launch.benefitsTitle),
      e.bullets(config.comms.benefits.map((b) => t(b, lang))),
      e.heading(w.launch.whatArrivesTitle),
      e.paragraph(w.launch.whatArrives(platform, config.programme.sender.name)),
      e.heading(w.stepsTitle),
      e.bullets(w.steps(platform), true),
      e.button(config.programme.activationUrl, w.launch.cta),
      e.paragraph(w.launch.spamNote(platform)),
      ...(faq.length ? [e.heading(w.launch.faqTitle), ...faq] : []),
      e.heading(w.launch.questions),
      e.paragraph(mj`${w.contactLine(contact.name)} ${e.anchor(`mailto:${contact.email}`, contact.email)}`),
    ],
  });
}
