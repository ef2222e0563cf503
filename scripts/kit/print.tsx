/** Print: flyers A5/A4, poster A3 and one flyer per team, per language, with @react-pdf/renderer. */
import { renderToBuffer } from '@react-pdf/renderer';
import type { Language, OrgConfig, TeamConfig } from '../config/schema.ts';
import { WORDS, inLanguage } from '../../templates/copy.ts';
import { teamName, teamPageUrl } from '../../templates/shared.ts';
import { Flyer, type FlyerConfig } from '../../templates/print/flyer.tsx';
import { qrModules, registerFonts, type Paper } from '../../templates/print/components.tsx';
import { printInkMeasure } from '../../templates/print/measure.ts';
import { logoOnWhite, type Logo } from './logo.ts';

/**
 * Everything one print file is made from, as plain data: what a worker thread receives, and
 * (with the logo's digest in place of its bytes) what the output cache keys it by.
 */
export interface PrintJob {
  lang: Language;
  paper: Paper;
  bleed: boolean;
  /** The URL its QR code encodes. */
  url: string;
  /** The document title, in the file's language. */
  title: string;
  config: FlyerConfig;
  team?: TeamConfig;
  /** The logo, already flattened onto white (`logoOnWhite`). */
  logo?: Logo;
}

export interface PrintFile {
  /** Relative to the kit folder, e.g. `print/flyer-a5.fr.pdf`. */
  path: string;
  lang: Language;
  title: { fr: string; en: string };
  /** The team of a team flyer. */
  teamId?: string;
  job: PrintJob;
  render(): Promise<Buffer>;
}

/** One print file as PDF bytes, in this thread. */
export async function renderPrint(job: PrintJob): Promise<Buffer> {
  registerFonts();
  const qr = await qrModules(job.url);
  const measure = await printInkMeasure();
  return renderToBuffer(
    <Flyer
      measure={measure}
      config={job.config}
      lang={job.lang}
      paper={job.paper}
      bleed={job.bleed}
      url={job.url}
      qr={qr}
      team={job.team}
      title={job.title}
      logo={job.logo}
    />,
  );
}

export function printFiles(config: OrgConfig, options: { bleed: boolean; logo?: Logo }): PrintFile[] {
  const logo = options.logo && logoOnWhite(options.logo);
  // Only the parts of the config a flyer shows: a worker receives this for every file.
  const flyerConfig: FlyerConfig = {
    organisation: config.organisation,
    programme: config.programme,
    comms: config.comms,
  };
  const files: PrintFile[] = [];
  for (const lang of config.organisation.languages) {
    const named = (fr: string, en: string) => inLanguage({ fr, en }, lang);
    const add = (path: string, paper: Paper, url: string, title: { fr: string; en: string }, team?: TeamConfig) => {
      const job: PrintJob = {
        lang,
        paper,
        bleed: options.bleed,
        url,
        title: title[lang],
        config: flyerConfig,
        ...(team ? { team } : {}),
        ...(logo ? { logo } : {}),
      };
      files.push({ path, lang, title, ...(team ? { teamId: team.id } : {}), job, render: () => renderPrint(job) });
    };
    const activation = config.programme.activationUrl;
    add(
      `print/flyer-a5.${lang}.pdf`,
      'A5',
      activation,
      named(`${WORDS.fr.print.flyerTitle} A5`, `A5 ${WORDS.en.print.flyerTitle.toLowerCase()}`),
    );
    add(
      `print/flyer-a4.${lang}.pdf`,
      'A4',
      activation,
      named(`${WORDS.fr.print.flyerTitle} A4`, `A4 ${WORDS.en.print.flyerTitle.toLowerCase()}`),
    );
    add(
      `print/poster-a3.${lang}.pdf`,
      'A3',
      activation,
      named(`${WORDS.fr.print.posterTitle} A3`, `A3 ${WORDS.en.print.posterTitle.toLowerCase()}`),
    );
    for (const team of config.teams) {
      add(
        `print/team-${team.id}.${lang}.pdf`,
        'A5',
        teamPageUrl(config, lang, team.id),
        named(WORDS.fr.print.teamFlyerTitle(teamName(team, 'fr')), WORDS.en.print.teamFlyerTitle(teamName(team, 'en'))),
        team,
      );
    }
  }
  return files;
}
