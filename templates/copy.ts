/**
 * The kit's own words in each language (the organisation's words come from the config).
 * Everything here is plain text: templates escape it where they write markup.
 */
import type { Language } from '../scripts/config/schema.ts';

type Words = {
  steps(platform: string): [string, string, string];
  stepsTitle: string;
  scanToJoin: string;
  scanTeamPage: string;
  contactLine(name: string): string;
  sentBy(sender: string, org: string): string;
  sendKinds: Record<'heads-up' | 'launch' | 'reminder' | 'newsletter' | 'kickoff' | 'review', string>;
  launch: {
    subject(programme: string, platform: string): string;
    intro(org: string, platform: string): string;
    whyTitle: string;
    benefitsTitle: string;
    whatArrivesTitle: string;
    whatArrives(platform: string, sender: string): string;
    spamNote(platform: string): string;
    cta: string;
    faqTitle: string;
    questions: string;
  };
  reminder: {
    subject(platform: string, team: string): string;
    preview(platform: string): string;
    body(platform: string, launch: string): string;
    suggested(count: number): string;
    teamPage: string;
    cta: string;
  };
  briefing: {
    subject(programme: string): string;
    preview: string;
    intro(programme: string, platform: string): string;
    supportTitle: string;
    support: string[];
    roleTitle: string;
    role: string;
    teamsTitle: string;
    talkingTitle: string;
    datesTitle: string;
  };
  newsletter: {
    subject(programme: string, month: string): string;
    preview(hours: string, certificates: number, shown: string): string;
    learners(count: number, shown: string): string;
    title(month: string): string;
    hours: string;
    certificates: string;
    activeLearners: string;
    activationRate: string;
    topCourses: string;
    suggestedTitle: string;
    teamsTitle: string;
    teamsNote(min: number): string;
    nextDates: string;
    noCourses: string;
    cta: string;
  };
  print: {
    flyerTitle: string;
    posterTitle: string;
    teamFlyerTitle(team: string): string;
    teamFlyerLine(team: string): string;
    urlLabel: string;
  };
};

/** `octobre 2026` → `d’octobre 2026`, `mars 2027` → `de mars 2027`. */
const deMonth = (month: string) => (/^[aeiouyâéèêhAEIOUY]/.test(month) ? `d’${month}` : `de ${month}`);

export const WORDS: Record<Language, Words> = {
  fr: {
    steps: (platform) => [
      `Ouvrez l’invitation envoyée par ${platform}`,
      'Créez votre compte ou connectez-vous',
      'Votre licence premium est activée : choisissez un cours',
    ],
    stepsTitle: 'Trois étapes pour commencer',
    scanToJoin: 'Scannez pour activer votre accès',
    scanTeamPage: 'Scannez pour ouvrir la page de votre équipe',
    contactLine: (name) => `Une question ? Écrivez à ${name} :`,
    sentBy: (sender, org) => `Envoyé par ${sender}, ${org}.`,
    sendKinds: {
      'heads-up': 'Annonce',
      launch: 'Lancement',
      reminder: 'Relance',
      newsletter: 'Lettre mensuelle',
      kickoff: 'Session de lancement',
      review: 'Revue mensuelle',
    },
    launch: {
      subject: (programme, platform) => `${programme} : votre accès ${platform} arrive`,
      intro: (org, platform) => `${org} offre à chaque salarié un accès premium à ${platform}.`,
      whyTitle: 'Pourquoi ?',
      benefitsTitle: 'Ce que vous y trouverez',
      whatArrivesTitle: 'Ce qui va arriver',
      whatArrives: (platform, sender) =>
        `Dans les prochains jours, vous recevrez une invitation de ${platform}. Elle fait suite à ce message de ${sender} : vous pouvez l’accepter en toute confiance.`,
      spamNote: (platform) =>
        `Vous ne trouvez pas l’invitation ? Regardez dans vos courriers indésirables et cherchez « ${platform} ».`,
      cta: 'Activer mon accès',
      faqTitle: 'Questions fréquentes',
      questions: 'Des questions ?',
    },
    reminder: {
      subject: (platform, team) => `Votre accès ${platform} vous attend (${team})`,
      preview: (platform) => `Votre licence premium ${platform} n’est pas encore activée.`,
      body: (platform, launch) =>
        `Depuis le ${launch}, votre licence premium ${platform} vous attend. Elle n’est pas encore activée : il suffit de quelques minutes.`,
      suggested: (count) =>
        count === 1
          ? 'Votre équipe vous suggère un cours pour commencer.'
          : `Votre équipe vous suggère ${count} cours pour commencer.`,
      teamPage: 'Voir la page de mon équipe',
      cta: 'Activer mon accès',
    },
    briefing: {
      subject: (programme) => `${programme} : accompagner votre équipe`,
      preview: 'Votre rôle, la page de votre équipe et les messages clés.',
      intro: (programme, platform) =>
        `${programme} donne à chaque membre de votre équipe un accès premium à ${platform}. Votre soutien fait la différence.`,
      supportTitle: 'Comment soutenir votre équipe',
      support: [
        'Parlez du programme en réunion d’équipe la semaine du lancement.',
        'Réservez du temps d’apprentissage dans les agendas.',
        'Suggérez des cours utiles à votre équipe sur sa page.',
        'Félicitez les certificats obtenus.',
      ],
      roleTitle: 'Le rôle de superviseur',
      role: 'Le superviseur ajoute ou retire des membres de son équipe et consulte les statistiques de son équipe. Demandez ce rôle à l’administrateur si vous ne l’avez pas.',
      teamsTitle: 'Les pages des équipes',
      talkingTitle: 'Messages clés',
      datesTitle: 'Dates à retenir',
    },
    newsletter: {
      subject: (programme, month) => `${programme} : la lettre ${deMonth(month)}`,
      preview: (hours, certificates, shown) =>
        `Ce mois-ci : ${hours} h d’apprentissage, ${shown} certificat${certificates > 1 ? 's' : ''}.`,
      learners: (count, shown) => `${shown} apprenant${count > 1 ? 's' : ''}`,
      title: (month) => `La lettre ${deMonth(month)}`,
      hours: 'heures apprises',
      certificates: 'certificats obtenus',
      activeLearners: 'apprenants actifs',
      activationRate: 'taux d’activation',
      topCourses: 'Les cours les plus suivis',
      suggestedTitle: 'Les cours suggérés du mois',
      teamsTitle: 'Les équipes par taux d’activation',
      teamsNote: (min) => `Les équipes de moins de ${min} membres ne sont pas affichées.`,
      nextDates: 'Prochaines dates',
      noCourses: 'Aucun cours suivi ce mois-ci.',
      cta: 'Continuer à apprendre',
    },
    print: {
      flyerTitle: 'Flyer',
      posterTitle: 'Affiche',
      teamFlyerTitle: (team) => `Flyer de l’équipe ${team}`,
      teamFlyerLine: (team) => `Équipe ${team}`,
      urlLabel: 'Ou rendez-vous sur',
    },
  },
  en: {
    steps: (platform) => [
      `Open the invitation sent by ${platform}`,
      'Create your account or sign in',
      'Your premium licence is active: pick a course',
    ],
    stepsTitle: 'Three steps to get started',
    scanToJoin: 'Scan to activate your access',
    scanTeamPage: 'Scan to open your team’s page',
    contactLine: (name) => `Any question? Write to ${name}:`,
    sentBy: (sender, org) => `Sent by ${sender}, ${org}.`,
    sendKinds: {
      'heads-up': 'Announcement',
      launch: 'Launch',
      reminder: 'Reminder',
      newsletter: 'Monthly newsletter',
      kickoff: 'Kickoff session',
      review: 'Monthly review',
    },
    launch: {
      subject: (programme, platform) => `${programme}: your ${platform} access is on its way`,
      intro: (org, platform) => `${org} gives every employee premium access to ${platform}.`,
      whyTitle: 'Why?',
      benefitsTitle: 'What you will find',
      whatArrivesTitle: 'What happens next',
      whatArrives: (platform, sender) =>
        `In the coming days you will receive an invitation from ${platform}. It follows this message from ${sender}: you can accept it safely.`,
      spamNote: (platform) => `Can’t find the invitation? Look in your junk mail and search for “${platform}”.`,
      cta: 'Activate my access',
      faqTitle: 'Frequently asked questions',
      questions: 'Questions?',
    },
    reminder: {
      subject: (platform, team) => `Your ${platform} access is waiting (${team})`,
      preview: (platform) => `Your premium ${platform} licence is not activated yet.`,
      body: (platform, launch) =>
        `Since ${launch}, your premium ${platform} licence has been waiting for you. It is not activated yet: it only takes a few minutes.`,
      suggested: (count) =>
        count === 1
          ? 'Your team suggests one course to start with.'
          : `Your team suggests ${count} courses to start with.`,
      teamPage: 'See my team’s page',
      cta: 'Activate my access',
    },
    briefing: {
      subject: (programme) => `${programme}: supporting your team`,
      preview: 'Your role, your team’s page and the talking points.',
      intro: (programme, platform) =>
        `${programme} gives every member of your team premium access to ${platform}. Your support makes the difference.`,
      supportTitle: 'How to support your team',
      support: [
        'Mention the programme in your team meeting in launch week.',
        'Block learning time in calendars.',
        'Suggest useful courses on your team’s page.',
        'Celebrate the certificates earned.',
      ],
      roleTitle: 'The supervisor role',
      role: 'A supervisor adds or removes members of their team and sees their team’s analytics. Ask the administrator for this role if you do not have it.',
      teamsTitle: 'Team pages',
      talkingTitle: 'Talking points',
      datesTitle: 'Key dates',
    },
    newsletter: {
      subject: (programme, month) => `${programme}: the ${month} newsletter`,
      preview: (hours, certificates, shown) =>
        `This month: ${hours} h of learning, ${shown} certificate${certificates === 1 ? '' : 's'}.`,
      learners: (count, shown) => `${shown} learner${count === 1 ? '' : 's'}`,
      title: (month) => `The ${month} newsletter`,
      hours: 'hours learned',
      certificates: 'certificates earned',
      activeLearners: 'active learners',
      activationRate: 'activation rate',
      topCourses: 'Most-followed courses',
      suggestedTitle: 'Suggested courses of the month',
      teamsTitle: 'Teams by activation rate',
      teamsNote: (min) => `Teams with fewer than ${min} members are not shown.`,
      nextDates: 'Next dates',
      noCourses: 'No course followed this month.',
      cta: 'Keep learning',
    },
    print: {
      flyerTitle: 'Flyer',
      posterTitle: 'Poster',
      teamFlyerTitle: (team) => `${team} team flyer`,
      teamFlyerLine: (team) => `Team ${team}`,
      urlLabel: 'Or go to',
    },
  },
};

const LANGUAGE_NAMES = { fr: { fr: 'français', en: 'French' }, en: { fr: 'anglais', en: 'English' } } as const;

/** A kit file's title with the language it is written in: "Launch e-mail (French)". */
export function inLanguage(title: { fr: string; en: string }, lang: Language): { fr: string; en: string } {
  return { fr: `${title.fr} (${LANGUAGE_NAMES[lang].fr})`, en: `${title.en} (${LANGUAGE_NAMES[lang].en})` };
}
