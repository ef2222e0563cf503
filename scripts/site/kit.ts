/**
 * The comms kit as the kit page shows it. The kit stage runs first and writes
 * `<out>/kit/manifest.json`; the site copies the kit folder to `/kit/` and lists each file
 * with its preview and a download link, grouped by kind. No manifest: an empty kit page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { CliError } from '../cli/errors.ts';
import { Language } from '../config/schema.ts';

export const KIT_KINDS = ['email', 'print', 'banner', 'video', 'calendar'] as const;
export type KitKind = (typeof KIT_KINDS)[number];

const KitManifest = z.object({
  files: z.array(
    z.object({
      path: z.string().min(1),
      kind: z.enum(KIT_KINDS),
      lang: Language.optional(),
      title: z.object({ fr: z.string(), en: z.string() }),
      preview: z.string().min(1).optional(),
      /** A video's WebVTT subtitles (listed as a file of their own too, so they are published). */
      subtitles: z.string().min(1).optional(),
      /** The team of a per-team file (a team's reminder, a team flyer). */
      team: z.object({ id: z.string().min(1), name: z.object({ fr: z.string(), en: z.string() }) }).optional(),
      /** The series a per-team file belongs to (e.g. the French reminders): one card, one line per team. */
      series: z.object({ id: z.string().min(1), title: z.object({ fr: z.string(), en: z.string() }) }).optional(),
    }),
  ),
});

export interface KitFile {
  /** Path under the site root, e.g. `kit/print/flyer.fr.pdf`. */
  href: string;
  kind: KitKind;
  lang?: Language;
  title: { fr: string; en: string };
  /** Path under the site root of a PNG/JPG preview. */
  preview?: string;
  /** Path under the site root of a video's WebVTT subtitles, in the file's language. */
  subtitles?: string;
  /** File extension in capitals (PDF, PNG…) and size in bytes, shown beside the link. */
  format: string;
  bytes: number;
  team?: { id: string; name: { fr: string; en: string } };
  series?: { id: string; title: { fr: string; en: string } };
}

export interface KitGroup {
  kind: KitKind;
  files: KitFile[];
}

/** Per-team files of one series, shown as one card: its preview, then each team with its links. */
export interface KitSeries {
  id: string;
  kind: KitKind;
  lang?: Language;
  title: { fr: string; en: string };
  preview?: string;
  teams: { id: string; name: { fr: string; en: string }; files: KitFile[] }[];
}

/**
 * Splits a group's files into single files (one card each) and series of per-team files: at
 * 2,000 teams a card per team file would make a page of 12,000 cards.
 */
export function splitSeries(files: KitFile[]): { single: KitFile[]; series: KitSeries[] } {
  const single: KitFile[] = [];
  const series = new Map<string, { series: KitSeries; teams: Map<string, KitSeries['teams'][number]> }>();
  for (const file of files) {
    if (!file.series || !file.team) {
      single.push(file);
      continue;
    }
    let s = series.get(file.series.id);
    if (!s) {
      s = {
        series: {
          id: file.series.id,
          kind: file.kind,
          lang: file.lang,
          title: file.series.title,
          preview: file.preview,
          teams: [],
        },
        teams: new Map(),
      };
      series.set(file.series.id, s);
    }
    s.series.preview ??= file.preview;
    const team = s.teams.get(file.team.id);
    if (team) team.files.push(file);
    else {
      const entry = { id: file.team.id, name: file.team.name, files: [file] };
      s.teams.set(entry.id, entry);
      s.series.teams.push(entry);
    }
  }
  return { single, series: [...series.values()].map((s) => s.series) };
}

/** A manifest path must stay inside the kit folder. */
function inside(path: string): boolean {
  if (isAbsolute(path) || path.includes('\\')) return false;
  const p = normalize(path);
  return p !== '..' && !p.startsWith(`..${sep}`);
}

/** Reads the kit manifest of a build; files that do not exist are left out (and counted). */
export function readKit(kitDir: string): { groups: KitGroup[]; missing: string[] } {
  const file = join(kitDir, 'manifest.json');
  if (!existsSync(file)) return { groups: [], missing: [] };
  const parsed = KitManifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new CliError(`${file}: the comms kit manifest is not as the site expects\n${z.prettifyError(parsed.error)}`, {
      hint: 'The kit stage writes this file; rebuild the kit, or report the problem.',
    });
  }
  const missing: string[] = [];
  const files: KitFile[] = [];
  // Only a listed file is published: subtitles that are not listed would be a broken track.
  const listed = new Set(
    parsed.data.files.filter((e) => inside(e.path) && existsSync(join(kitDir, e.path))).map((e) => e.path),
  );
  for (const entry of parsed.data.files) {
    if (!inside(entry.path) || !existsSync(join(kitDir, entry.path))) {
      missing.push(entry.path);
      continue;
    }
    const preview =
      entry.preview && inside(entry.preview) && existsSync(join(kitDir, entry.preview)) ? entry.preview : undefined;
    const ext = entry.path.includes('.') ? entry.path.slice(entry.path.lastIndexOf('.') + 1) : '';
    files.push({
      href: `kit/${entry.path}`,
      kind: entry.kind,
      lang: entry.lang,
      title: entry.title,
      preview: preview && `kit/${preview}`,
      ...(entry.subtitles && listed.has(entry.subtitles) ? { subtitles: `kit/${entry.subtitles}` } : {}),
      ...(entry.team && entry.series ? { team: entry.team, series: entry.series } : {}),
      format: ext.toUpperCase(),
      bytes: statSync(join(kitDir, entry.path)).size,
    });
  }
  const groups = KIT_KINDS.map((kind) => ({ kind, files: files.filter((f) => f.kind === kind) })).filter(
    (g) => g.files.length > 0,
  );
  return { groups, missing };
}
