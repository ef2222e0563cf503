/** Print: flyers A5/A4, poster A3 and one flyer per team, per language, with @react-pdf/renderer. */
import React from 'react';
import { renderToBuffer } from '@react-pdf/renderer';
import type { Language, OrgConfig } from '../config/schema.ts';
import { WORDS, inLanguage } from '../../templates/copy.ts';
import { teamName, teamPageUrl } from '../../templates/shared.ts';
import { Flyer } from '../../templates/print/flyer.tsx';
import { qrModules, registerFonts, type Paper } from '../../templates/print/components.tsx';

export interface PrintFile {
  /** Relative to the kit folder, e.g. `print/flyer-a5.fr.pdf`. */
  path: string;
  lang: Language;
  title: { fr: string; en: string };
  /** The URL its QR code encodes. */
  url: string;
  paper: Paper;
  render(): Promise<Buffer>;
}

export function printFiles(config: OrgConfig, options: { bleed: boolean; logo?: { png: Buffer; aspect: number } }): PrintFile[] {
  registerFonts();
  const files: PrintFile[] = [];
  for (const lang of config.organisation.languages) {
    const named = (fr: string, en: string) => inLanguage({ fr, en }, lang);
    const add = (path: string, paper: Paper, url: string, title: { fr: string; en: string }, team?: OrgConfig['teams'][number]) =>
      files.push({
        path,
        lang,
        title,
        url,
        paper,
        render: async () => {
          const qr = await qrModules(url);
          const element = <Flyer config={config} lang={lang} paper={paper} bleed={options.bleed} url={url} qr={qr} team={team} title={title[lang]} logo={options.logo} />;
          return renderToBuffer(element);
        },
      });
    const activation = config.programme.activationUrl;
    add(`print/flyer-a5.${lang}.pdf`, 'A5', activation, named(`${WORDS.fr.print.flyerTitle} A5`, `A5 ${WORDS.en.print.flyerTitle.toLowerCase()}`));
    add(`print/flyer-a4.${lang}.pdf`, 'A4', activation, named(`${WORDS.fr.print.flyerTitle} A4`, `A4 ${WORDS.en.print.flyerTitle.toLowerCase()}`));
    add(`print/poster-a3.${lang}.pdf`, 'A3', activation, named(`${WORDS.fr.print.posterTitle} A3`, `A3 ${WORDS.en.print.posterTitle.toLowerCase()}`));
    for (const team of config.teams) {
      add(`print/team-${team.id}.${lang}.pdf`, 'A5', teamPageUrl(config, lang, team.id), named(WORDS.fr.print.teamFlyerTitle(teamName(team, 'fr')), WORDS.en.print.teamFlyerTitle(teamName(team, 'en'))), team);
    }
  }
  return files;
}
