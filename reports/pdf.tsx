/**
 * The building blocks shared by the three reports: A4 page with header and footer, KPI tiles,
 * tables, sections, charts and the sentences that stand in for empty charts.
 */
import type { ReactNode } from 'react';
import { Document, Font, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { fontFile } from '../scripts/brand/fonts.ts';
import { label, formatPeriod, type LabelKey } from './i18n.ts';
import { periodBounds } from './metrics.ts';
import type { Brand } from './report-data.ts';
import { svgToPdf, type SvgNode } from './svg-to-pdf.tsx';

export const FONT = 'Inter';
Font.register({
  family: FONT,
  fonts: [
    { src: fontFile(400), fontWeight: 400 },
    { src: fontFile(600), fontWeight: 600 },
    { src: fontFile(700), fontWeight: 700 },
  ],
});
// Words are never cut: hyphenating names or course titles reads badly in a table.
Font.registerHyphenationCallback((word) => [word]);

export const CONTENT_WIDTH = 595.28 - 2 * 40;

const styles = StyleSheet.create({
  page: { fontFamily: FONT, fontSize: 9, paddingTop: 36, paddingBottom: 48, paddingHorizontal: 40 },
  header: { marginBottom: 14, paddingBottom: 8, borderBottomWidth: 2 },
  overline: { fontSize: 8, textTransform: 'uppercase', lineHeight: 1.3 },
  title: { fontSize: 18, fontWeight: 700, marginTop: 2, lineHeight: 1.25 },
  subtitle: { fontSize: 10, marginTop: 2, lineHeight: 1.3 },
  footer: { position: 'absolute', bottom: 22, left: 40, right: 40, fontSize: 7, flexDirection: 'row', justifyContent: 'space-between', opacity: 0.7 },
  section: { marginTop: 14 },
  sectionTitle: { fontSize: 12, fontWeight: 700, marginBottom: 6, lineHeight: 1.25 },
  tiles: { flexDirection: 'row', flexWrap: 'wrap', marginHorizontal: -3 },
  tile: { width: '25%', padding: 3 },
  tileBox: { borderWidth: 0.75, borderRadius: 4, padding: 6, height: 70 },
  tileLabel: { fontSize: 7.5, lineHeight: 1.25 },
  tileValue: { fontSize: 16, fontWeight: 700, marginTop: 1, lineHeight: 1.2 },
  tileDelta: { fontSize: 7, marginTop: 1, lineHeight: 1.25 },
  table: { borderTopWidth: 0.75 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#d0d0d0', paddingVertical: 2.5 },
  headRow: { flexDirection: 'row', borderBottomWidth: 0.75, paddingVertical: 3 },
  headCell: { fontWeight: 600, fontSize: 7.5, lineHeight: 1.25 },
  cell: { fontSize: 8, paddingRight: 4, lineHeight: 1.3 },
  note: { fontSize: 8, marginTop: 4, marginBottom: 4, opacity: 0.8, lineHeight: 1.3 },
  sentence: { fontSize: 10, lineHeight: 1.35, padding: 10, borderRadius: 4, borderWidth: 0.75, borderStyle: 'dashed' },
});

/** The creation date written in the PDF: the day after the period, so a rebuild is byte-identical. */
export function reportDate(period: string): Date {
  return new Date(`${periodBounds(period).stop}T00:00:00Z`);
}

export function ReportDocument(props: { brand: Brand; title: string; subtitle: string; confidential: LabelKey; children: ReactNode }) {
  const { brand } = props;
  const date = reportDate(brand.period);
  return (
    <Document
      title={`${props.title} — ${props.subtitle}`}
      author={brand.orgName}
      subject={brand.programmeName}
      creator="launchkit"
      producer="launchkit"
      language={brand.lang}
      creationDate={date}
      modificationDate={date}
    >
      <Page size="A4" style={[styles.page, { color: brand.colours.text }]} wrap>
        <View style={[styles.header, { borderBottomColor: brand.colours.primary }]} fixed={false}>
          <Text style={[styles.overline, { color: brand.colours.primary }]}>{brand.orgName} · {brand.programmeName}</Text>
          <Text style={styles.title}>{props.title}</Text>
          <Text style={styles.subtitle}>{props.subtitle} · {label('period', brand.lang)}{brand.lang === 'fr' ? ' : ' : ': '}{formatPeriod(brand.period, brand.lang)}</Text>
        </View>
        {props.children}
        <View style={styles.footer} fixed>
          <Text>{label(props.confidential, brand.lang)}</Text>
          <Text render={({ pageNumber, totalPages }) => `${label('page', brand.lang)} ${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** A titled block; `keep` holds it on one page (charts, short tables) so no title is orphaned. */
export function Section(props: { title: string; children: ReactNode; breakBefore?: boolean; keep?: boolean; minPresenceAhead?: number }) {
  return (
    <View style={styles.section} break={props.breakBefore} wrap={!props.keep}>
      <Text style={styles.sectionTitle} minPresenceAhead={props.minPresenceAhead ?? 60}>{props.title}</Text>
      {props.children}
    </View>
  );
}

export interface TileProps { label: string; value: string; lines: string[] }

export function Tiles(props: { tiles: TileProps[]; colour: string }) {
  return (
    <View style={styles.tiles}>
      {props.tiles.map((tile, i) => (
        <View key={i} style={styles.tile} wrap={false}>
          <View style={[styles.tileBox, { borderColor: props.colour }]}>
            <Text style={styles.tileLabel}>{tile.label}</Text>
            <Text style={[styles.tileValue, { color: props.colour }]}>{tile.value}</Text>
            {tile.lines.map((line, j) => <Text key={j} style={styles.tileDelta}>{line}</Text>)}
          </View>
        </View>
      ))}
    </View>
  );
}

export interface Column<Row> { title: string; width: number; align?: 'left' | 'right'; value(row: Row): string }

export function Table<Row>(props: { columns: Column<Row>[]; rows: Row[]; colour: string }) {
  const cell = (column: Column<Row>) => [styles.cell, { width: `${column.width}%`, textAlign: column.align ?? 'left' }];
  return (
    <View style={[styles.table, { borderTopColor: props.colour }]}>
      <View style={styles.headRow} fixed>
        {props.columns.map((column, i) => <Text key={i} style={[...cell(column), styles.headCell]}>{column.title}</Text>)}
      </View>
      {props.rows.map((row, r) => (
        <View key={r} style={styles.row} wrap={false}>
          {props.columns.map((column, i) => <Text key={i} style={cell(column)}>{column.value(row)}</Text>)}
        </View>
      ))}
    </View>
  );
}

export function Chart(props: { svg: SvgNode; brand: Brand; width?: number }) {
  return <View wrap={false}>{svgToPdf(props.svg, { color: props.brand.colours.text, fontFamily: FONT, width: props.width ?? CONTENT_WIDTH })}</View>;
}

/** Stands in for a chart or a table with nothing to show. */
export function Sentence(props: { children: string; colour: string }) {
  return <Text style={[styles.sentence, { borderColor: props.colour }]}>{props.children}</Text>;
}

export function Note(props: { children: string }) {
  return <Text style={styles.note}>{props.children}</Text>;
}
