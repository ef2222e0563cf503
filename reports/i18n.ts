/**
 * Apostrophes are ASCII: Inter's typographic apostrophe lost its Unicode mapping in react-pdf's
 * subset when laid out after other text, so pdftotext (and copy-paste) read it as a space.
 * Every word the reports print, in French and English, and the number / date formats of each
 * language. Formatters never print NaN: a missing value reads "—".
 */
import type { Language } from '../scripts/config/schema.ts';

const LABELS = {
  orgReport: { fr: "Rapport de l'organisation", en: 'Organisation report' },
  teamReport: { fr: "Rapport d'équipe", en: 'Team report' },
  adminReport: { fr: "Rapport d'administration", en: 'Administration report' },
  period: { fr: 'Période', en: 'Period' },
  comparedWith: { fr: 'comparé à', en: 'compared with' },
  confidentialTeam: {
    fr: "Confidentiel : pour les superviseurs de l'équipe et les responsables.",
    en: "Confidential: for the team's supervisors and the managers.",
  },
  confidentialOrg: { fr: 'Confidentiel : pour les responsables.', en: 'Confidential: for the managers.' },
  confidentialAdmin: { fr: 'Confidentiel : pour les administrateurs.', en: 'Confidential: for the admins.' },
  // KPI tiles
  licences: { fr: 'Licences', en: 'Licences' },
  invited: { fr: 'Invités', en: 'Invited' },
  activated: { fr: 'Activés', en: 'Activated' },
  activationRate: { fr: "Taux d'activation", en: 'Activation rate' },
  medianDays: { fr: "Délai médian d'activation", en: 'Median time to activate' },
  activeLearners: { fr: 'Apprenants actifs', en: 'Active learners' },
  hours: { fr: "Heures d'apprentissage", en: 'Hours learned' },
  hoursPerActive: { fr: 'Heures par apprenant actif', en: 'Hours per active learner' },
  coursesStarted: { fr: 'Cours commencés', en: 'Courses started' },
  coursesCompleted: { fr: 'Cours terminés', en: 'Courses completed' },
  completionRate: { fr: 'Taux de complétion', en: 'Completion rate' },
  certificates: { fr: 'Certificats', en: 'Certificates' },
  suggestedUptake: { fr: 'Adoption des cours suggérés', en: 'Suggested-course uptake' },
  vsPrevious: { fr: 'vs mois précédent', en: 'vs previous month' },
  vsOrg: { fr: 'organisation', en: 'organisation' },
  days: { fr: 'jours', en: 'days' },
  // Sections
  kpis: { fr: 'Indicateurs clés', en: 'Key figures' },
  weeklyActive: { fr: 'Apprenants actifs par semaine', en: 'Weekly active learners' },
  hoursPerWeek: { fr: 'Heures par semaine', en: 'Hours per week' },
  funnel: { fr: "Entonnoir d'activation", en: 'Activation funnel' },
  funnelInvited: { fr: 'Invités', en: 'Invited' },
  funnelActivated: { fr: 'Licence activée', en: 'Licence activated' },
  funnelActive: { fr: 'Actifs ce mois-ci', en: 'Active this month' },
  funnelCompleted: { fr: 'Au moins un cours terminé', en: 'Completed a course' },
  topCourses: { fr: 'Cours les plus suivis', en: 'Top courses' },
  course: { fr: 'Cours', en: 'Course' },
  learners: { fr: 'Apprenants', en: 'Learners' },
  goals: { fr: 'Objectifs', en: 'Goals' },
  goal: { fr: 'Objectif', en: 'Goal' },
  value: { fr: 'Valeur', en: 'Value' },
  target: { fr: 'Cible', en: 'Target' },
  deadline: { fr: 'Échéance', en: 'Deadline' },
  expectedNow: { fr: 'Attendu à ce jour', en: 'Expected by now' },
  status: { fr: 'Statut', en: 'Status' },
  'goal-reached': { fr: 'Atteint', en: 'Reached' },
  'goal-on-track': { fr: 'En bonne voie', en: 'On track' },
  'goal-behind': { fr: 'En retard', en: 'Behind' },
  noGoals: { fr: 'Aucun objectif fixé pour ce périmètre.', en: 'No goal set for this scope.' },
  uptakeSentence: {
    fr: "{n} membres sur {total} ont commencé un cours suggéré sur la page de l'équipe.",
    en: '{n} of {total} members started a course suggested on the team page.',
  },
  noSuggested: {
    fr: "Aucun cours n'est suggéré sur la page de cette équipe.",
    en: "No course is suggested on this team's page.",
  },
  members: { fr: 'Membres', en: 'Members' },
  memberTable: { fr: 'Suivi des membres', en: 'Member follow-up' },
  memberTableNote: {
    fr: 'Invitations en attente et membres inactifs en premier.',
    en: 'Pending invitations and inactive members first.',
  },
  name: { fr: 'Nom', en: 'Name' },
  hoursColumn: { fr: 'Heures', en: 'Hours' },
  lastActivity: { fr: 'Dernière activité', en: 'Last activity' },
  never: { fr: 'jamais', en: 'never' },
  'status-invited': { fr: 'Invitation en attente', en: 'Invitation pending' },
  'status-inactive': { fr: 'Inactif ce mois-ci', en: 'Inactive this month' },
  'status-active': { fr: 'Actif', en: 'Active' },
  noActivityTeam: {
    fr: "Aucune activité d'apprentissage pour cette équipe à ce jour : ce rapport se remplira dès les premières heures de formation.",
    en: 'No learning activity for this team yet: this report fills up as soon as its members start learning.',
  },
  noActivityPeriod: {
    fr: 'Aucune activité ce mois-ci : les graphiques reprendront dès que les membres se formeront à nouveau.',
    en: 'No activity this month: the charts resume as soon as members learn again.',
  },
  noActivityOrg: { fr: "Aucune activité d'apprentissage à ce jour.", en: 'No learning activity yet.' },
  noCourses: { fr: 'Aucun cours suivi ce mois-ci.', en: 'No course followed this month.' },
  noMembers: { fr: 'Aucun membre dans cette équipe.', en: 'No member in this team.' },
  // Organisation
  teamsCompared: { fr: 'Les équipes comparées', en: 'Teams compared' },
  team: { fr: 'Équipe', en: 'Team' },
  otherTeams: { fr: 'Autres équipes', en: 'Other teams' },
  otherTeamsNote: {
    fr: '« Autres équipes » regroupe les {n} équipes de moins de {min} membres, non montrées seules.',
    en: '“Other teams” pools the {n} teams with fewer than {min} members, not shown on their own.',
  },
  comparisonChart: {
    fr: "Taux d'activation par équipe (trait : organisation)",
    en: 'Activation rate by team (line: organisation)',
  },
  chartedTeams: {
    fr: 'Le graphique montre les {n} premières et les {n} dernières équipes ; le tableau les montre toutes.',
    en: 'The chart shows the top {n} and the bottom {n} teams; the table shows them all.',
  },
  // Admin
  pendingInvitations: { fr: 'Invitations en attente', en: 'Pending invitations' },
  role: { fr: 'Rôle', en: 'Role' },
  pending: { fr: 'En attente', en: 'Pending' },
  oldest: { fr: 'La plus ancienne', en: 'Oldest' },
  noPending: { fr: 'Aucune invitation en attente.', en: 'No invitation pending.' },
  withoutTeam: { fr: 'Membres sans équipe', en: 'Members without a team' },
  unknownTeam: { fr: 'équipe inconnue : {team}', en: 'unknown team: {team}' },
  noneWithoutTeam: { fr: 'Tous les membres ont une équipe.', en: 'Every member has a team.' },
  email: { fr: 'E-mail', en: 'E-mail' },
  dataQuality: { fr: 'Qualité des données', en: 'Data quality' },
  dataQualityClean: {
    fr: 'Aucun problème trouvé au chargement des exports.',
    en: 'No problem found while loading the exports.',
  },
  dataQualitySummary: {
    fr: '{errors} erreur(s) et {warnings} avertissement(s) au chargement.',
    en: '{errors} error(s) and {warnings} warning(s) while loading.',
  },
  dataQualityMore: {
    fr: '… et {n} autre(s) : voir dist/data-quality.csv.',
    en: '… and {n} more: see dist/data-quality.csv.',
  },
  where: { fr: 'Où', en: 'Where' },
  problem: { fr: 'Problème', en: 'Problem' },
  'role-admin': { fr: 'Administrateur', en: 'Admin' },
  'role-manager': { fr: 'Responsable', en: 'Manager' },
  'role-supervisor': { fr: 'Superviseur', en: 'Supervisor' },
  'role-member': { fr: 'Membre', en: 'Member' },
  noTeam: { fr: 'sans équipe', en: 'no team' },
  page: { fr: 'Page', en: 'Page' },
  continued: { fr: '(suite)', en: '(continued)' },
} satisfies Record<string, Record<Language, string>>;

export type LabelKey = keyof typeof LABELS;

/** A label in a language, with `{name}` placeholders filled. */
export function label(key: LabelKey, lang: Language, values: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function locale(lang: Language): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

const DASH = '—';
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale(lang), options)));
  return format;
}

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** 1234 → "1 234" / "1,234". */
export function formatCount(value: number | null | undefined, lang: Language): string {
  return finite(value) ? numberFormat(lang, { maximumFractionDigits: 0 }).format(value) : DASH;
}

/** Hours with one decimal: 2.25 → "2,3" / "2.3" (ties round away from zero). */
export function formatHours(value: number | null | undefined, lang: Language): string {
  return finite(value)
    ? numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)
    : DASH;
}

/** A fraction as a whole percentage: 0.667 → "67 %" / "67%". */
export function formatPercent(value: number | null | undefined, lang: Language): string {
  return finite(value) ? numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value) : DASH;
}

/** A change with its sign; `unit` "pt" for rate differences in percentage points. */
export function formatDelta(
  value: number | null | undefined,
  lang: Language,
  kind: 'count' | 'hours' | 'points',
): string {
  if (!finite(value)) return DASH;
  const shown =
    kind === 'points' ? Math.round(value * 100) : kind === 'hours' ? Math.round(value * 10) / 10 : Math.round(value);
  if (shown === 0) return lang === 'fr' ? '=' : '=';
  const sign = shown > 0 ? '+' : '−';
  const magnitude = Math.abs(shown);
  const body = kind === 'hours' ? formatHours(magnitude, lang) : formatCount(magnitude, lang);
  return `${sign}${body}${kind === 'points' ? ' pt' : ''}`;
}

/** 2026-11 → "novembre 2026" / "November 2026". */
export function formatPeriod(period: string, lang: Language): string {
  const format = new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${period}-01T00:00:00Z`));
}

// Building an Intl.DateTimeFormat costs more than formatting: a member table formats hundreds of dates.
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** 2026-11-03 → "3 nov. 2026" / "3 Nov 2026". */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return DASH;
  let format = dateFormats.get(lang);
  if (!format)
    dateFormats.set(
      lang,
      (format = new Intl.DateTimeFormat(locale(lang), {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      })),
    );
  return format.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
