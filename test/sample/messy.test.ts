/**
 * `--messy` is the same organisation written the way French Excel writes CSV. Read back with
 * the rules listed at the top of scripts/sample/messy.ts, it must give the clean rows exactly.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../scripts/sample/generate.ts';
import { readTable } from './csv.ts';

const root = mkdtempSync(join(tmpdir(), 'launchkit-messy-'));
const clean = join(root, 'clean');
const messy = join(root, 'messy');
beforeAll(async () => {
  await generateSample({ scale: 'S', seed: 42, out: clean });
  await generateSample({ scale: 'S', seed: 42, out: messy, messy: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bytes = (dir: string, name: string) => readFileSync(join(dir, 'exports', `${name}.csv`));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const ROLE: Record<string, string> = {
  Administrateur: 'admin',
  Responsable: 'manager',
  Superviseur: 'supervisor',
  Membre: 'member',
};
const STATUS: Record<string, string> = {
  invité: 'invited',
  invitée: 'invited',
  actif: 'active',
  active: 'active',
  retiré: 'removed',
  retirée: 'removed',
};
const date = (fr: string) => fr.replace(/^(\d\d)\/(\d\d)\/(\d{4})/, '$3-$2-$1');
const timestamp = (fr: string) => (fr ? `${date(fr)}:00` : '');
const email = (e: string) => e.trim().toLowerCase();
const bool = (b: string) => ({ oui: 'true', non: 'false' })[b];
const decimal = (d: string) => d.replace(',', '.');

describe('the messy sample', () => {
  it('is written like French Excel: `;`, CRLF, members in Latin-1, the others UTF-8 with a BOM', () => {
    const members = bytes(messy, 'members');
    expect(members.subarray(0, 3).equals(BOM)).toBe(false);
    const header =
      "adresse e-mail;prénom;nom;rôle;équipe;statut;date d'invitation;date d'activation;département;site;ancienneté;poste\r\n";
    expect(members.subarray(0, header.length).equals(Buffer.from(header, 'latin1'))).toBe(true);
    expect(members.includes(Buffer.from('é', 'utf8'))).toBe(false);
    const headers = {
      teams: 'équipe;nom;superviseurs',
      activity: 'e-mail;cours;date;minutes;progression (%);terminé;certificat',
      courses: 'cours;titre;url;domaine;durée (h);niveau;langue',
    };
    for (const [name, line] of Object.entries(headers)) {
      const file = bytes(messy, name);
      expect(file.subarray(0, 3).equals(BOM), name).toBe(true);
      expect(file.subarray(3).toString('utf8').split('\r\n')[0], name).toBe(line);
    }
    for (const name of ['members', 'teams', 'activity', 'courses']) {
      const text = bytes(messy, name).toString('latin1');
      expect(text.split('\n').length, name).toBe(text.split('\r\n').length);
      expect(text.endsWith('\r\n'), name).toBe(true);
    }
  });

  it('is really messy: mixed-case and spaced e-mails, team names for ids, French labels, decimal commas', () => {
    const members = readTable(join(messy, 'exports/members.csv'), { separator: ';', encoding: 'latin1' });
    const activity = readTable(join(messy, 'exports/activity.csv'), { separator: ';' });
    const emails = members.map((m) => m['adresse e-mail']!);
    expect(emails.some((e) => /[A-Z]/.test(e))).toBe(true);
    expect(emails.some((e) => e !== e.trim())).toBe(true);
    expect(activity.some((a) => a['e-mail'] !== a['e-mail']!.trim())).toBe(true);
    expect(members.some((m) => m['équipe'] === 'Nouveaux arrivants 2026')).toBe(true);
    expect(new Set(members.map((m) => m['statut']))).toEqual(
      new Set(['invité', 'invitée', 'actif', 'active', 'retiré', 'retirée']),
    );
    expect(activity.some((a) => /^\d+,\d$/.test(a['progression (%)']!))).toBe(true);
    expect(activity[0]!.date).toMatch(/^\d\d\/\d\d\/2026$/);
    expect(members[0]!["date d'invitation"]).toMatch(/^\d\d\/\d\d\/2026 \d\d:\d\d$/);
  });

  it('holds exactly the rows of the clean sample', () => {
    const read = (dir: string, name: string, separator: string, encoding: 'utf8' | 'latin1' = 'utf8') =>
      readTable(join(dir, 'exports', `${name}.csv`), { separator, encoding });
    const teams = read(messy, 'teams', ';');
    const teamId = new Map(
      teams.flatMap((t) => [
        [t['équipe']!, t['équipe']!],
        [t.nom!, t['équipe']!],
      ]),
    );

    expect(
      teams.map((t) => ({
        team_id: t['équipe'],
        name: t.nom,
        supervisor_emails: t.superviseurs!.split('|').map(email).join('|'),
      })),
    ).toEqual(read(clean, 'teams', ','));
    expect(
      read(messy, 'members', ';', 'latin1').map((m) => ({
        email: email(m['adresse e-mail']!),
        first_name: m['prénom'],
        last_name: m.nom,
        role: ROLE[m['rôle']!],
        team_id: teamId.get(m['équipe']!),
        status: STATUS[m.statut!],
        invited_at: timestamp(m["date d'invitation"]!),
        activated_at: timestamp(m["date d'activation"]!),
        department: m['département'],
        location: m.site,
        seniority: m['ancienneté'],
        job_title: m.poste,
      })),
    ).toEqual(read(clean, 'members', ','));
    expect(
      read(messy, 'courses', ';').map((c) => ({
        course_id: c.cours,
        title: c.titre,
        url: c.url,
        domain: c.domaine,
        duration_hours: decimal(c['durée (h)']!),
        level: c.niveau,
        language: c.langue,
      })),
    ).toEqual(read(clean, 'courses', ','));
    expect(
      read(messy, 'activity', ';').map((a) => ({
        email: email(a['e-mail']!),
        course_id: a.cours,
        date: date(a.date!),
        minutes: a.minutes,
        progress_pct: decimal(a['progression (%)']!),
        completed: bool(a['terminé']!),
        certificate: bool(a.certificat!),
      })),
    ).toEqual(read(clean, 'activity', ','));
    expect(readFileSync(join(messy, 'org.config.ts'))).toEqual(readFileSync(join(clean, 'org.config.ts')));
  });
});
