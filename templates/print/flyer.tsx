/**
 * Flyer (A5, A4), poster (A3) and per-team flyer: brand, tagline, three steps to join and a
 * QR code — to the activation URL, or to the team's page for a team flyer. One layout scaled
 * to the paper, so every size says the same thing.
 */
import { Document, Image, Text, View } from '@react-pdf/renderer';
import type { Language, OrgConfig, TeamConfig } from '../../scripts/config/schema.ts';
import { t } from '../../scripts/config/schema.ts';
import { WORDS } from '../copy.ts';
import { readableOn, teamName } from '../shared.ts';
import { fitText, type InkMeasure } from '../banners/fit.ts';
import type { FontWeight } from '../../scripts/brand/fonts.ts';
import { PAPER, MM, PrintPage, QrCode, pageSize, type Paper } from './components.tsx';

/**
 * A URL or an e-mail address cut into printed lines after `/ ? & = - . @`, measured with the same Inter outlines:
 * react-pdf cannot break a word without spaces and drops what does not fit, so a long URL
 * would be printed cut short.
 */
export function urlLines(url: string, size: number, width: number, inkWidth: InkMeasure): string[] {
  const tokens = url.match(/[^/?&=.@-]*[/?&=.@-]*/g)!.filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (!line || inkWidth(line + token, 600, size) <= width) {
      line += token;
    } else {
      lines.push(line);
      line = token;
    }
    while (inkWidth(line, 600, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && inkWidth(line.slice(0, cut), 600, size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Config copy (names, titles) fitted like the banners: the largest size up to `maxSize` that
 * fits `maxLines`, measured with Inter's outlines, one <Text> a line so react-pdf never has to
 * break (or drop) anything itself. 3 % of the width is kept for the gap between ink and advance.
 */
function Fitted(props: {
  measure: InkMeasure;
  text: string;
  weight: FontWeight;
  maxSize: number;
  minSize: number;
  maxLines: number;
  width: number;
  color?: string;
  marginBottom?: number;
}) {
  const lineHeight = 1.2;
  const height = props.maxSize * (0.97 + 0.25 + (props.maxLines - 1) * lineHeight);
  const fitted = fitText(
    {
      text: props.text,
      weight: props.weight,
      maxSize: props.maxSize,
      minSize: props.minSize,
      maxLines: props.maxLines,
      lineHeight,
    },
    { x: 0, y: 0, width: props.width * 0.97, height },
    props.measure,
  );
  return (
    <View style={{ marginBottom: props.marginBottom ?? 0 }}>
      {fitted.lines.map((line, i) => (
        <Text key={i} style={{ fontSize: fitted.size, fontWeight: props.weight, lineHeight, color: props.color }}>
          {line}
        </Text>
      ))}
    </View>
  );
}

/** The parts of the config a flyer shows. */
export type FlyerConfig = Pick<OrgConfig, 'organisation' | 'programme' | 'comms'>;

export interface FlyerProps {
  config: FlyerConfig;
  lang: Language;
  paper: Paper;
  bleed: boolean;
  /** The URL the QR code encodes (printed below it too). */
  url: string;
  qr: { size: number; d: string };
  team?: TeamConfig;
  title: string;
  /** The organisation's logo as PNG (scripts/kit/logo.ts). */
  logo?: { png: Buffer; aspect: number };
  /** Ink widths with the PDF's own fonts (`printInkMeasure`). */
  measure: InkMeasure;
}

export function Flyer({ config, lang, paper, bleed, url, qr, team, title, logo, measure }: FlyerProps) {
  const w = WORDS[lang];
  const colours = config.organisation.colours;
  const ink = readableOn(colours.primary);
  const page = pageSize(paper, bleed);
  const s = (PAPER[paper][0] * MM) / (148 * MM);
  const band = PAPER[paper][1] * MM * 0.34;
  const platform = config.programme.platformName;
  const steps = w.steps(platform);
  const inner = PAPER[paper][0] * MM - 2 * 26 * s;
  // Trim width less the side paddings, the QR code and the gap beside it (see the layout below).
  const urlWidth = PAPER[paper][0] * MM - 2 * 26 * s - 100 * s - 14 * s;
  const background = (
    <View
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        width: page.width,
        height: page.bleed + band,
        backgroundColor: colours.primary,
      }}
    >
      <View
        style={{
          position: 'absolute',
          bottom: 0,
          left: 0,
          width: page.width,
          height: 5 * s,
          backgroundColor: colours.secondary,
        }}
      />
    </View>
  );
  // A Date from the config, not the clock: same inputs, same bytes.
  const stamp = new Date(`${config.programme.launchDate}T00:00:00Z`);
  return (
    <Document
      title={title}
      author={config.organisation.name}
      subject={t(config.comms.tagline, lang)}
      creator="launchkit"
      producer="launchkit"
      language={lang}
      creationDate={stamp}
      modificationDate={stamp}
    >
      <PrintPage paper={paper} bleed={bleed} background={background}>
        <View style={{ height: band, padding: 26 * s, paddingBottom: 20 * s, justifyContent: 'flex-end', color: ink }}>
          {logo ? (
            <View
              style={{
                alignSelf: 'flex-start',
                backgroundColor: '#ffffff',
                borderRadius: 4 * s,
                padding: 6 * s,
                marginBottom: 10 * s,
              }}
            >
              <Image src={{ data: logo.png, format: 'png' }} style={{ height: 22 * s, width: 22 * s * logo.aspect }} />
            </View>
          ) : null}
          <Fitted
            measure={measure}
            text={config.organisation.name}
            weight={600}
            maxSize={11 * s}
            minSize={7 * s}
            maxLines={1}
            width={inner}
            marginBottom={10 * s}
          />
          <Fitted
            measure={measure}
            text={t(config.programme.name, lang)}
            weight={800}
            maxSize={30 * s}
            minSize={15 * s}
            maxLines={2}
            width={inner}
            marginBottom={6 * s}
          />
          <Fitted
            measure={measure}
            text={t(config.comms.tagline, lang)}
            weight={400}
            maxSize={14 * s}
            minSize={9 * s}
            maxLines={2}
            width={inner}
          />
        </View>
        <View style={{ flexGrow: 1, paddingHorizontal: 26 * s, paddingTop: 16 * s, color: colours.text }}>
          {team ? (
            <Fitted
              measure={measure}
              text={w.print.teamFlyerLine(teamName(team, lang))}
              weight={700}
              maxSize={15 * s}
              minSize={9 * s}
              maxLines={2}
              width={inner}
              color={colours.primary}
              marginBottom={6 * s}
            />
          ) : null}
          <Text style={{ fontSize: 10.5 * s, lineHeight: 1.4 }}>{t(config.comms.why, lang)}</Text>
          <Text
            style={{
              fontSize: 13 * s,
              fontWeight: 700,
              color: colours.primary,
              marginTop: 14 * s,
              marginBottom: 8 * s,
            }}
          >
            {w.stepsTitle}
          </Text>
          {steps.map((step, i) => (
            <View key={i} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 7 * s }}>
              <View
                style={{
                  width: 20 * s,
                  height: 20 * s,
                  borderRadius: 10 * s,
                  backgroundColor: colours.secondary,
                  alignItems: 'center',
                  justifyContent: 'center',
                  marginRight: 9 * s,
                }}
              >
                <Text style={{ fontSize: 11 * s, fontWeight: 800, color: readableOn(colours.secondary) }}>
                  {String(i + 1)}
                </Text>
              </View>
              <Text style={{ fontSize: 10.5 * s, flex: 1 }}>{step}</Text>
            </View>
          ))}
        </View>
        <View
          style={{
            flexDirection: 'row',
            alignItems: 'flex-end',
            paddingHorizontal: 26 * s,
            paddingBottom: 22 * s,
            color: colours.text,
          }}
        >
          <QrCode modules={qr} width={100 * s} />
          <View style={{ flex: 1, marginLeft: 14 * s }}>
            <Text style={{ fontSize: 12 * s, fontWeight: 700, marginBottom: 5 * s }}>
              {team ? w.scanTeamPage : w.scanToJoin}
            </Text>
            <Text style={{ fontSize: 8 * s, marginBottom: 2 * s }}>{w.print.urlLabel}</Text>
            <View style={{ marginBottom: 8 * s }}>
              {urlLines(url, 8 * s, urlWidth, measure).map((line, i) => (
                <Text key={i} style={{ fontSize: 8 * s, fontWeight: 600 }}>
                  {line}
                </Text>
              ))}
            </View>
            <Text style={{ fontSize: 8 * s }}>{w.contactLine(config.programme.contact.name)}</Text>
            {urlLines(config.programme.contact.email, 8 * s, urlWidth, measure).map((line, i) => (
              <Text key={i} style={{ fontSize: 8 * s }}>
                {line}
              </Text>
            ))}
          </View>
        </View>
      </PrintPage>
    </Document>
  );
}
