/**
 * The FAQ page: the config's questions (`comms.faq`), or, when it has none, the questions
 * every launch gets, filled with the programme's own names. Answers are Markdown.
 */
import { t, type Language, type OrgConfig } from '../config/schema.ts';

export interface FaqEntry {
  question: string;
  answer: string;
}

export function defaultFaq(config: OrgConfig, lang: Language): FaqEntry[] {
  const org = config.organisation.name;
  const platform = config.programme.platformName;
  const programme = t(config.programme.name, lang, config.organisation.defaultLanguage);
  const activation = config.programme.activationUrl;
  const contact = config.programme.contact.name;
  const sender = config.programme.sender.name;
  if (lang === 'fr') {
    return [
      {
        question: `Qu'est-ce que ${programme} ?`,
        answer: `${org} offre à ses collaborateurs une licence premium ${platform} : des cours en ligne, à suivre à votre rythme, avec certificats.`,
      },
      {
        question: 'Comment activer ma licence ?',
        answer: `Vous recevez une invitation de ${platform} par e-mail. Ouvrez [la page d'activation](${activation}), puis connectez-vous ou créez un compte avec votre adresse e-mail professionnelle : la licence premium est activée.`,
      },
      {
        question: "Je n'ai pas reçu l'invitation.",
        answer: `Regardez dans vos courriers indésirables : l'invitation vient de ${platform}, et un message de ${sender} l'annonce. Si elle n'y est pas, écrivez à ${contact}.`,
      },
      { question: 'Est-ce payant pour moi ?', answer: `Non. ${org} prend en charge la licence.` },
      {
        question: 'Par quels cours commencer ?',
        answer:
          'Chaque équipe a sa page, avec un message et des cours suggérés : commencez par ceux-là, puis explorez tout le catalogue.',
      },
      {
        question: 'Qui voit mon activité ?',
        answer:
          "Les superviseurs de votre équipe et les responsables du programme voient les statistiques d'apprentissage ; vos collègues ne voient pas votre activité.",
      },
      {
        question: 'Puis-je obtenir un certificat ?',
        answer: `Oui : les cours terminés donnent un certificat que vous téléchargez depuis ${platform}.`,
      },
      { question: 'À qui poser une question ?', answer: `À ${contact}, qui coordonne le programme.` },
    ];
  }
  return [
    {
      question: `What is ${programme}?`,
      answer: `${org} gives its staff a premium ${platform} licence: online courses, at your own pace, with certificates.`,
    },
    {
      question: 'How do I activate my licence?',
      answer: `${platform} sends you an invitation by e-mail. Open [the activation page](${activation}), then log in or create an account with your work e-mail address: the premium licence is then active.`,
    },
    {
      question: "I haven't received the invitation.",
      answer: `Look in your spam folder: the invitation comes from ${platform}, and a message from ${sender} announces it. If it is not there, write to ${contact}.`,
    },
    { question: 'Does it cost me anything?', answer: `No. ${org} pays for the licence.` },
    {
      question: 'Which courses should I start with?',
      answer:
        'Each team has its own page with a message and suggested courses: start with those, then explore the whole catalogue.',
    },
    {
      question: 'Who sees my activity?',
      answer:
        "Your team's supervisors and the programme's managers see learning statistics; your colleagues do not see your activity.",
    },
    {
      question: 'Can I earn a certificate?',
      answer: `Yes: completed courses give a certificate that you download from ${platform}.`,
    },
    { question: 'Who can I ask?', answer: `${contact}, who coordinates the programme.` },
  ];
}

export function faqFor(config: OrgConfig, lang: Language): FaqEntry[] {
  if (config.comms.faq.length === 0) return defaultFaq(config, lang);
  const fallback = config.organisation.defaultLanguage;
  return config.comms.faq.map((q) => ({
    question: t(q.question, lang, fallback),
    answer: t(q.answer, lang, fallback),
  }));
}
