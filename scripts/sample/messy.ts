/**
 * The `--messy` variant: the same rows written the way French Excel writes CSV. Loaded, it must
 * give exactly the tables of the clean variant, so it only changes how values are spelled.
 *
 * Everything this writer produces (the loader accepts exactly these):
 * - all files: `;` separator, CRLF, decimal comma (`42,5`), booleans `oui` / `non`,
 *   dates `dd/mm/yyyy`, timestamps `dd/mm/yyyy HH:MM` (no seconds; the clean ones are `:00`).
 * - members.csv in Latin-1 without BOM; teams.csv, activity.csv, courses.csv in UTF-8 with BOM.
 * - headers, members: `adresse e-mail;prénom;nom;rôle;équipe;statut;date d'invitation;date d'activation;département;site;ancienneté;poste`
 *   teams: `équipe;nom;superviseurs` · activity: `e-mail;cours;date;minutes;progression (%);terminé;certificat`
 *   courses: `cours;titre;url;domaine;durée (h);niveau;langue`
 * - roles: `Administrateur`, `Responsable`, `Superviseur`, `Membre`;
 *   statuses: `invité` / `invitée`, `actif` / `active`, `retiré` / `retirée` (by the member's gender).
 * - e-mails (members, activity): some capitalised (`Jean.Martin@alpina.example`), some upper-case,
 *   some with a stray space before or after; in teams' `superviseurs` (joined by `|`) some capitalised, never spaced.
 * - members' `équipe`: the team's id, or for about a quarter of rows its (French) name as in teams.csv `nom`.
 */
import { clock, dayTable, frenchDay, MINUTES_A_DAY } from './dates.ts';
import type { ExportFormat } from './csv.ts';
import { Random, subSeed } from './random.ts';

const ROLES = { admin: 'Administrateur', manager: 'Responsable', supervisor: 'Superviseur', member: 'Membre' } as const;
const STATUSES = {
  invited: ['invité', 'invitée'],
  active: ['actif', 'active'],
  removed: ['retiré', 'retirée'],
} as const;

const decimal = (n: number) => String(n).replace('.', ',');
const yesNo = (b: boolean) => (b ? 'oui' : 'non');
const timestamp = (minutes: number) => `${frenchDay(Math.floor(minutes / MINUTES_A_DAY))} ${clock(minutes)}`;
const capitalised = (email: string) => {
  const [local, domain] = email.split('@');
  return `${local!.replace(/(^|[.-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase())}@${domain}`;
};

export function messyFormat(seed: number): ExportFormat {
  // Its own sequence: messing values up must not shift the rows the generator draws.
  const rng = new Random(subSeed(seed, 9));
  const days = dayTable(frenchDay);
  const messEmail = (email: string, share: number) => {
    if (!rng.chance(share)) return email;
    switch (rng.int(0, 3)) {
      case 0:
        return capitalised(email);
      case 1:
        return email.toUpperCase();
      case 2:
        return ` ${email}`;
      default:
        return `${email} `;
    }
  };
  return {
    separator: ';',
    eol: '\r\n',
    encoding: { members: 'latin1', teams: 'utf8', activity: 'utf8', courses: 'utf8' },
    bom: { members: false, teams: true, activity: true, courses: true },
    headers: {
      members: [
        'adresse e-mail',
        'prénom',
        'nom',
        'rôle',
        'équipe',
        'statut',
        "date d'invitation",
        "date d'activation",
        'département',
        'site',
        'ancienneté',
        'poste',
      ],
      teams: ['équipe', 'nom', 'superviseurs'],
      activity: ['e-mail', 'cours', 'date', 'minutes', 'progression (%)', 'terminé', 'certificat'],
      courses: ['cours', 'titre', 'url', 'domaine', 'durée (h)', 'niveau', 'langue'],
    },
    member: (m, team) => [
      messEmail(m.email, 0.15),
      m.firstName,
      m.lastName,
      ROLES[m.role],
      rng.chance(0.25) ? team.name.fr : team.id,
      STATUSES[m.status][m.female ? 1 : 0],
      timestamp(m.invitedAt),
      m.activatedAt === null ? '' : timestamp(m.activatedAt),
      m.department,
      m.location,
      m.seniority,
      m.jobTitle,
    ],
    team: (t) => [t.id, t.name.fr, t.supervisors.map((e) => (rng.chance(0.3) ? capitalised(e) : e)).join('|')],
    course: (c) => [c.id, c.title, c.url, c.domain, decimal(c.durationHours), c.level, c.language],
    activity: (email, courseId, day, minutes, progress, completed, certificate) =>
      `${messEmail(email, 0.05)};${courseId};${days[day]};${minutes};${decimal(progress)};${yesNo(completed)};${yesNo(certificate)}\r\n`,
  };
}
