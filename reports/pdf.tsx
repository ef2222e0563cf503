/**
 * The building blocks shared by the three reports: A4 pages with header and footer, KPI tiles,
 * tables, sections, charts and the sentences that stand in for empty charts. Sizes come from
 * `pages.ts`, which cuts the long tables into pages with the same numbers.
 */
import type { ReactNode } from 'react';
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { FONT, FONT_FEATURES } from './fonts.ts';
import { label, formatPeriod, type LabelKey } from './i18n.ts';
import { periodBounds } from './metrics.ts';
import {
  CONTENT_WIDTH,
  documentHeaderHeight,
  HEADER,
  packSections,
  PAGE,
  SECTION_GAP,
  TEXT,
  type PageItem,
  type TableSection,
} from './pages.ts';
import type { Brand } from './report-data.ts';
import { svgToPdf, type SvgNode } from './svg-to-pdf.tsx';
import { layoutTable, TableBlock, type Column } from './table.tsx';

export { CONTENT_WIDTH, FONT };
export type { Column, TableSection };

const styles = StyleSheet.create({
  page: {
    fontFamily: FONT,
    fontFeatureSettings: FONT_FEATURES,
    fontSize: 9,
    paddingTop: PAGE.top,
    paddingBottom: PAGE.bottom,
    paddingHorizontal: PAGE.side,
  },
  header: { marginBottom: HEADER.marginBottom, paddingBottom: HEADER.paddingBottom, borderBottomWidth: HEADER.border },
  overline: {
    fontSize: TEXT.overline.size,
    textTransform: 'uppercase',
    lineHeight: TEXT.overline.line / TEXT.overline.size,
  },
  title: {
    fontSize: TEXT.title.size,
    fontWeight: 700,
    marginTop: TEXT.title.marginTop,
    lineHeight: TEXT.title.line / TEXT.title.size,
  },
  subtitle: {
    fontSize: TEXT.subtitle.size,
    marginTop: TEXT.subtitle.marginTop,
    lineHeight: TEXT.subtitle.line / TEXT.subtitle.size,
  },
  footer: {
    position: 'absolute',
    bottom: 22,
    left: PAGE.side,
    right: PAGE.side,
    fontSize: 7,
    flexDirection: 'row',
    justifyContent: 'space-between',
    opacity: 0.7,
  },
  section: { marginTop: SECTION_GAP },
  sectionTitle: {
    fontSize: TEXT.sectionTitle.size,
    fontWeight: 700,
    marginBottom: TEXT.sectionTitle.marginBottom,
    lineHeight: TEXT.sectionTitle.line / TEXT.sectionTitle.size,
  },
  tiles: { flexDirection: 'row', flexWrap: 'wrap', marginHorizontal: -3 },
  tile: { width: '25%', padding: 3 },
  tileBox: { borderWidth: 0.75, borderRadius: 4, padding: 6, height: 70 },
  tileLabel: { fontSize: 7.5, lineHeight: 1.25 },
  tileValue: { fontSize: 16, fontWeight: 700, marginTop: 1, lineHeight: 1.2 },
  tileDelta: { fontSize: 7, marginTop: 1, lineHeight: 1.25 },
  note: {
    fontSize: TEXT.note.size,
    marginTop: TEXT.note.marginY,
    marginBottom: TEXT.note.marginY,
    opacity: 0.8,
    lineHeight: TEXT.note.line / TEXT.note.size,
  },
  sentence: {
    fontSize: TEXT.sentence.size,
    lineHeight: TEXT.sentence.line / TEXT.sentence.size,
    padding: TEXT.sentence.padding,
    borderRadius: 4,
    borderWidth: TEXT.sentence.border,
    borderStyle: 'dashed',
  },
});

/** The creation date written in the PDF: the day after the period, so a rebuild is byte-identical. */
export function reportDate(period: string): Date {
  return new Date(`${periodBounds(period).stop}T00:00:00Z`);
}

function headerLines(brand: Brand, title: string, subtitle: string) {
  const separator = brand.lang === 'fr' ? ' : ' : ': ';
  return {
    overline: `${brand.orgName} · ${brand.programmeName}`,
    title,
    subtitle: `${subtitle} · ${label('period', brand.lang)}${separator}${formatPeriod(brand.period, brand.lang)}`,
  };
}

/**
 * A report: a first page that react-pdf paginates (`children`: tiles, charts, short tables), then
 * `sections`, long tables cut into pages by `packSections`. Without children, the header opens the
 * sections' first page. Every page has the confidentiality line and "Page n / N".
 */
export function ReportDocument(props: {
  brand: Brand;
  title: string;
  subtitle: string;
  confidential: LabelKey;
  children?: ReactNode;
  sections?: TableSection[];
}) {
  const { brand } = props;
  const date = reportDate(brand.period);
  const lines = headerLines(brand, props.title, props.subtitle);
  const sections = props.sections ?? [];
  const header = (
    <View style={[styles.header, { borderBottomColor: brand.colours.primary }]}>
      <Text style={[styles.overline, { color: brand.colours.primary }]}>{lines.overline}</Text>
      <Text style={styles.title}>{lines.title}</Text>
      <Text style={styles.subtitle}>{lines.subtitle}</Text>
    </View>
  );
  const footer = (
    <View style={styles.footer} fixed>
      <Text>{label(props.confidential, brand.lang)}</Text>
      <Text render={({ pageNumber, totalPages }) => `${label('page', brand.lang)} ${pageNumber} / ${totalPages}`} />
    </View>
  );
  const flow = props.children !== undefined && props.children !== null;
  const pages =
    sections.length > 0
      ? packSections(
          sections,
          label('continued', brand.lang),
          flow ? undefined : documentHeaderHeight(lines.overline, lines.title, lines.subtitle),
        )
      : [];
  const pageStyle = [styles.page, { color: brand.colours.text }];
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
      {flow || pages.length === 0 ? (
        <Page size="A4" style={pageStyle} wrap>
          {header}
          {props.children}
          {footer}
        </Page>
      ) : null}
      {pages.map((items, p) => (
        <Page key={p} size="A4" style={pageStyle}>
          {items.map((item, i) => (
            <PageItemView key={i} item={item} header={header} sections={sections} colour={brand.colours.primary} />
          ))}
          {footer}
        </Page>
      ))}
    </Document>
  );
}

function PageItemView(props: { item: PageItem; header: ReactNode; sections: TableSection[]; colour: string }) {
  const { item } = props;
  switch (item.kind) {
    case 'header':
      return <>{props.header}</>;
    case 'title':
      return <Text style={[styles.sectionTitle, item.gap ? { marginTop: SECTION_GAP } : {}]}>{item.text}</Text>;
    case 'note':
      return <Note>{item.text}</Note>;
    case 'sentence':
      return <Sentence colour={props.colour}>{item.text}</Sentence>;
    case 'table':
      return (
        <TableBlock layout={props.sections[item.section]!.table} from={item.from} to={item.to} colour={props.colour} />
      );
  }
}

/** A long table for `ReportDocument`'s sections; call while rendering (after `fontsReady()`). */
export function tableSection<Row>(
  section: Omit<TableSection, 'table'> & { columns: Column<Row>[]; rows: Row[] },
): TableSection {
  const { columns, rows, ...rest } = section;
  return { ...rest, table: layoutTable(columns, rows, CONTENT_WIDTH) };
}

/** A titled block; `keep` holds it on one page (charts, short tables) so no title is orphaned. */
export function Section(props: {
  title: string;
  children: ReactNode;
  breakBefore?: boolean;
  keep?: boolean;
  minPresenceAhead?: number;
}) {
  return (
    <View style={styles.section} break={props.breakBefore} wrap={!props.keep}>
      <Text style={styles.sectionTitle} minPresenceAhead={props.minPresenceAhead ?? 60}>
        {props.title}
      </Text>
      {props.children}
    </View>
  );
}

export interface TileProps {
  label: string;
  value: string;
  lines: string[];
}

export function Tiles(props: { tiles: TileProps[]; colour: string }) {
  return (
    <View style={styles.tiles}>
      {props.tiles.map((tile, i) => (
        <View key={i} style={styles.tile} wrap={false}>
          <View style={[styles.tileBox, { borderColor: props.colour }]}>
            <Text style={styles.tileLabel}>{tile.label}</Text>
            <Text style={[styles.tileValue, { color: props.colour }]}>{tile.value}</Text>
            {tile.lines.map((line, j) => (
              <Text key={j} style={styles.tileDelta}>
                {line}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}

/** A short table in the flow of a page, kept on one page. */
export function Table<Row>(props: { columns: Column<Row>[]; rows: Row[]; colour: string }) {
  return <TableBlock layout={layoutTable(props.columns, props.rows, CONTENT_WIDTH)} colour={props.colour} />;
}

export function Chart(props: { svg: SvgNode; brand: Brand; width?: number }) {
  return (
    <View wrap={false}>
      {svgToPdf(props.svg, { color: props.brand.colours.text, fontFamily: FONT, width: props.width ?? CONTENT_WIDTH })}
    </View>
  );
}

/** Stands in for a chart or a table with nothing to show. */
export function Sentence(props: { children: string; colour: string }) {
  return <Text style={[styles.sentence, { borderColor: props.colour }]}>{props.children}</Text>;
}

export function Note(props: { children: string }) {
  return <Text style={styles.note}>{props.children}</Text>;
}
