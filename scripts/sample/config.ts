/**
 * The sample's `org.config.ts` and logo: the configuration object, built from the generated
 * teams, and a small serialiser that writes it as readable TypeScript (Markdown in template literals).
 */
import type { Course } from './catalogue.ts';
import { COMPANY, SITE_URL, TRAINING_MAILBOX } from './company.ts';
import { dayOf, isoDay, isWeekend } from './dates.ts';
import type { Team } from './teams.ts';

export interface ConfigFigures {
  licences: number;
  hoursTarget: number;
  certificatesTarget: number;
  certificatesTeam: string;
}

const monthly = (dayOfMonth: number) =>
  ['07', '08', '09', '10', '11', '12'].map((month) => {
    let day = dayOf(`2026-${month}-${String(dayOfMonth).padStart(2, '0')}`);
    while (isWeekend(day)) day++;
    return isoDay(day);
  });

/** `18000` → `18 000` / `18,000`, without depending on the machine's locale data. */
const thousands = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+$)/g, sep);

export function sampleConfig(teams: Team[], figures: ConfigFigures): Record<string, unknown> {
  return {
    organisation: {
      name: COMPANY,
      logo: 'logo.svg',
      colours: { primary: '#0b4f6c', secondary: '#f4a259', accent: '#2a9d8f', text: '#1b1b1e', background: '#ffffff' },
      fonts: { heading: 'Inter', body: 'Inter' },
      timeZone: 'Europe/Paris',
      languages: ['fr', 'en'],
      defaultLanguage: 'fr',
    },
    programme: {
      name: { fr: 'Cap Compétences', en: 'Skills Ahead' },
      platformName: 'OpenClassrooms',
      platformUrl: 'https://openclassrooms.com/fr/business',
      activationUrl: 'https://openclassrooms.com/fr/business/activation',
      siteUrl: SITE_URL,
      launchDate: '2026-06-15',
      kickoffDate: '2026-06-18',
      licences: figures.licences,
      sender: { name: 'Équipe Formation Alpina', email: TRAINING_MAILBOX },
      contact: { name: 'Équipe Formation Alpina', email: TRAINING_MAILBOX },
    },
    teams: teams.map((team) => ({
      id: team.id,
      name: team.name,
      criteria: team.criteria,
      message: team.message,
      suggestedCourses: team.suggested.map((c: Course) => c.id),
      supervisors: team.supervisors,
    })),
    comms: {
      tagline: {
        fr: 'Apprenez à votre rythme, grandissez avec Alpina',
        en: 'Learn at your own pace, grow with Alpina',
      },
      why: {
        fr: "Nos métiers changent vite. Avec Cap Compétences, chaque collaborateur d'Alpina dispose d'une licence OpenClassrooms pour se former sur son temps de travail, à son rythme, avec des parcours choisis par son équipe.",
        en: 'Our jobs change fast. With Skills Ahead, everyone at Alpina gets an OpenClassrooms licence to learn during working hours, at their own pace, with paths chosen by their team.',
      },
      benefits: [
        {
          fr: 'Plus de 60 cours en français et en anglais, accessibles partout',
          en: 'Over 60 courses in French and English, available anywhere',
        },
        {
          fr: 'Des certificats reconnus pour valoriser vos nouvelles compétences',
          en: 'Recognised certificates to show your new skills',
        },
        {
          fr: 'Des cours suggérés par votre équipe, adaptés à votre métier',
          en: 'Courses suggested by your team, suited to your job',
        },
      ],
      sendDates: [
        { date: '2026-06-01', kind: 'heads-up' },
        { date: '2026-06-15', kind: 'launch' },
        {
          date: '2026-06-18',
          kind: 'kickoff',
          label: { fr: 'Lancement en direct depuis Lyon', en: 'Live kick-off from Lyon' },
        },
        { date: '2026-06-22', kind: 'reminder' },
        { date: '2026-06-29', kind: 'reminder' },
        { date: '2026-09-07', kind: 'reminder', label: { fr: 'Relance de la rentrée', en: 'Back-to-work reminder' } },
        ...monthly(1).map((date) => ({ date, kind: 'newsletter' })),
        ...monthly(5).map((date) => ({ date, kind: 'review' })),
      ],
      faq: [
        {
          question: { fr: 'Combien de temps puis-je y consacrer ?', en: 'How much time can I spend on it?' },
          answer: {
            fr: "Jusqu'à deux heures par semaine sur votre temps de travail, à organiser avec votre responsable.",
            en: 'Up to two hours a week during working hours, arranged with your manager.',
          },
        },
        {
          question: {
            fr: "Je n'ai pas reçu l'invitation, que faire ?",
            en: 'I did not receive the invitation, what should I do?',
          },
          answer: {
            fr: `Vérifiez vos courriers indésirables, puis écrivez à ${TRAINING_MAILBOX}.`,
            en: `Check your spam folder, then write to ${TRAINING_MAILBOX}.`,
          },
        },
        {
          question: { fr: 'Mon responsable voit-il mes résultats ?', en: 'Can my manager see my results?' },
          answer: {
            fr: "Le superviseur de votre équipe voit la progression de l'équipe ; les pages publiques ne montrent que des chiffres agrégés.",
            en: "Your team's supervisor sees the team's progress; public pages only show aggregate figures.",
          },
        },
        {
          question: { fr: 'Les certificats sont-ils gratuits ?', en: 'Are certificates free?' },
          answer: { fr: 'Oui, ils sont inclus dans votre licence.', en: 'Yes, they come with your licence.' },
        },
      ],
      reviewDay: 5,
    },
    goals: [
      {
        id: 'activation-80',
        label: { fr: '80 % des invités activés', en: '80% of invitees activated' },
        metric: 'activation_rate',
        target: 0.8,
        deadline: '2026-12-31',
        scope: 'org',
      },
      {
        id: 'heures-apprises',
        label: {
          fr: `${thousands(figures.hoursTarget, ' ')} heures apprises en 2026`,
          en: `${thousands(figures.hoursTarget, ',')} hours learned in 2026`,
        },
        metric: 'hours_learned',
        target: figures.hoursTarget,
        deadline: '2026-12-31',
        scope: 'org',
      },
      {
        id: `certificats-${figures.certificatesTeam}`,
        label: {
          fr: `${figures.certificatesTarget} certificats pour l'équipe ${teams.find((t) => t.id === figures.certificatesTeam)!.name.fr}`,
          en: `${figures.certificatesTarget} certificates for the ${teams.find((t) => t.id === figures.certificatesTeam)!.name.en} team`,
        },
        metric: 'certificates',
        target: figures.certificatesTarget,
        deadline: '2026-12-31',
        scope: { team: figures.certificatesTeam },
      },
    ],
    privacy: { minGroupSize: 5, showSupervisors: true },
  };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function literal(value: string): string {
  if (value.includes('\n')) return `\`${value.replace(/[\\`]/g, '\\$&').replaceAll('${', '\\${')}\``;
  if (value.includes("'") && !value.includes('"') && !value.includes('\\')) return `"${value}"`;
  return `'${value.replace(/[\\']/g, '\\$&')}'`;
}

/** Readable TypeScript for a plain value: unquoted keys, short objects on one line. */
export function toSource(value: unknown, indent = ''): string {
  if (typeof value === 'string') return literal(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => toSource(v, inner));
    const line = `[${items.join(', ')}]`;
    return line.length <= 100 && !line.includes('\n')
      ? line
      : `[\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${IDENTIFIER.test(k) ? k : literal(k)}: ${toSource(v, inner)}`);
  const line = `{ ${entries.join(', ')} }`;
  if (entries.length === 0) return '{}';
  return line.length <= 100 && !line.includes('\n')
    ? line
    : `{\n${entries.map((e) => `${inner}${e},`).join('\n')}\n${indent}}`;
}

export function configSource(config: Record<string, unknown>, description: string): string {
  return `// ${description}\n// Generated by \`launchkit sample\`; edit freely, or regenerate it.\nimport { defineConfig } from 'launchkit/config';\n\nexport default defineConfig(${toSource(config)});\n`;
}

export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64" role="img" aria-label="${COMPANY}">
  <path d="M4 56 L24 20 L34 36 L44 12 L68 56 Z" fill="#0b4f6c"/>
  <path d="M38 23 L44 12 L50 23 L46 21 L44 24 L41 21 Z" fill="#ffffff"/>
  <circle cx="58" cy="16" r="6" fill="#f4a259"/>
  <text x="78" y="44" font-family="Inter, Arial, sans-serif" font-size="30" font-weight="700" fill="#0b4f6c">Alpina</text>
</svg>
`;
