/**
 * The site's own words in each language (the organisation's copy comes from the config),
 * and the formatting of numbers, dates and durations.
 */
import type { Language } from '../../scripts/config/schema.ts';
import type { KitKind } from '../../scripts/site/kit.ts';

const fr = {
  languageName: 'Français',
  colon: ' : ',
  skip: 'Aller au contenu',
  mainNav: 'Navigation principale',
  languageNav: 'Langue',
  switchTo: 'Version française',
  home: 'Accueil',
  kit: 'Kit de communication',
  faq: 'Questions fréquentes',
  activate: 'Activer ma licence',
  launch: (date: string) => `Lancement le ${date}`,
  why: 'Pourquoi ce programme',
  joinTitle: 'Rejoindre en trois étapes',
  steps: (platform: string) => [
    `Ouvrez l'invitation envoyée par ${platform} à votre adresse e-mail professionnelle.`,
    `Rendez-vous sur la page d'activation, puis connectez-vous ou créez votre compte : la licence premium est activée.`,
    `Ouvrez la page de votre équipe et commencez un cours suggéré.`,
  ],
  activationLink: "Page d'activation",
  teams: 'Les équipes',
  otherTeams: 'Autres équipes',
  members: (n: number) => `${n.toLocaleString('fr-FR')} ${n > 1 ? 'membres' : 'membre'}`,
  criteria: { department: 'Service', location: 'Site', seniority: 'Ancienneté', domain: 'Domaine', project: 'Projet' },
  teamMessage: "Le mot de l'équipe",
  suggested: 'Cours suggérés',
  noCourses: (platform: string) => `Pas encore de cours suggéré : explorez le catalogue de ${platform}.`,
  domain: 'Domaine',
  duration: 'Durée',
  level: 'Niveau',
  language: 'Langue',
  openCourse: (platform: string) => `ouvrir sur ${platform}`,
  supervisors: "Superviseurs de l'équipe",
  howToActivate: 'Activer votre licence',
  qrCaption: 'Scannez pour ouvrir cette page',
  qrAlt: (url: string) => `Code QR vers ${url}`,
  kitIntro: 'Les supports du lancement, prêts à diffuser : e-mails, affiches, bannières, vidéo et calendrier.',
  kitEmpty: 'Le kit de communication sera publié ici.',
  kitKinds: {
    email: 'E-mails',
    print: 'Affiches et flyers',
    banner: 'Bannières',
    video: 'Vidéo',
    calendar: 'Calendrier',
  } satisfies Record<KitKind, string>,
  download: 'Télécharger',
  kitTeams: (n: number) => `${n.toLocaleString('fr-FR')} ${n === 1 ? 'équipe' : 'équipes'}`,
  kitByTeam: 'Fichier de chaque équipe',
  previewOf: (title: string) => `Aperçu : ${title}`,
  bytes: (n: number) =>
    n < 1024 * 1024
      ? `${Math.max(1, Math.round(n / 1024)).toLocaleString('fr-FR')} Ko`
      : `${(n / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`,
  contact: (name: string) => `Une question ? ${name} coordonne le programme.`,
  redirect: 'Continuer vers le site',
};

type Dictionary = typeof fr;

const en: Dictionary = {
  languageName: 'English',
  colon: ': ',
  skip: 'Skip to content',
  mainNav: 'Main navigation',
  languageNav: 'Language',
  switchTo: 'English version',
  home: 'Home',
  kit: 'Communication kit',
  faq: 'FAQ',
  activate: 'Activate my licence',
  launch: (date) => `Launching on ${date}`,
  why: 'Why this programme',
  joinTitle: 'Join in three steps',
  steps: (platform) => [
    `Open the invitation ${platform} sends to your work e-mail address.`,
    'Go to the activation page, then log in or create your account: your premium licence is active.',
    "Open your team's page and start a suggested course.",
  ],
  activationLink: 'Activation page',
  teams: 'Teams',
  otherTeams: 'Other teams',
  members: (n) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'member' : 'members'}`,
  criteria: {
    department: 'Department',
    location: 'Location',
    seniority: 'Seniority',
    domain: 'Domain',
    project: 'Project',
  },
  teamMessage: 'A word for the team',
  suggested: 'Suggested courses',
  noCourses: (platform) => `No suggested course yet: explore the ${platform} catalogue.`,
  domain: 'Domain',
  duration: 'Duration',
  level: 'Level',
  language: 'Language',
  openCourse: (platform) => `open on ${platform}`,
  supervisors: 'Team supervisors',
  howToActivate: 'Activate your licence',
  qrCaption: 'Scan to open this page',
  qrAlt: (url) => `QR code to ${url}`,
  kitIntro: 'The launch material, ready to share: e-mails, posters, banners, video and calendar.',
  kitEmpty: 'The communication kit will be published here.',
  kitKinds: { email: 'E-mails', print: 'Posters and flyers', banner: 'Banners', video: 'Video', calendar: 'Calendar' },
  download: 'Download',
  kitTeams: (n) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'team' : 'teams'}`,
  kitByTeam: "Each team's file",
  previewOf: (title) => `Preview: ${title}`,
  bytes: (n) =>
    n < 1024 * 1024
      ? `${Math.max(1, Math.round(n / 1024)).toLocaleString('en-GB')} KB`
      : `${(n / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`,
  contact: (name) => `Questions? ${name} coordinates the programme.`,
  redirect: 'Continue to the site',
};

export const words: Record<Language, Dictionary> = { fr, en };

const LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** `2027-01-05` → "5 janvier 2027" / "5 January 2027" (a calendar date: no time zone shift). */
export function formatDate(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** 1.5 → "1 h 30", 0.75 → "45 min". */
export function formatDuration(hours: number, lang: Language): string {
  const total = Math.round(hours * 60);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  if (m === 0) return `${h} h`;
  return lang === 'fr' ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h ${m} min`;
}

/** A course language as the catalogue gives it: a code ("fr") becomes its name, other text stays. */
export function formatLanguage(value: string, lang: Language): string {
  if (!/^[a-z]{2,3}(-[A-Za-z]{2})?$/.test(value)) return value;
  try {
    const name = new Intl.DisplayNames([LOCALE[lang]], { type: 'language' }).of(value);
    return name ? name.charAt(0).toLocaleUpperCase(LOCALE[lang]) + name.slice(1) : value;
  } catch {
    return value;
  }
}

/** Sorts by a per-language name the way a reader of that language expects. */
export function collator(lang: Language): Intl.Collator {
  return new Intl.Collator(LOCALE[lang], { sensitivity: 'base', numeric: true });
}
