/**
 * Tables drawn with few react-pdf nodes: each column is one `Text` whose lines are the cells, one
 * under the other, and the row rules are one SVG path. react-pdf's cost grows with its node count
 * (every node is laid out again at each page split), and one `View` per row with one `Text` per cell
 * made a 70-member table cost ~85 % of a team report.
 *
 * The cells are wrapped here (`fonts.ts` measures them), so every line of every column has the
 * same height and the rows stay aligned: a cell that needs two lines pads its row's other cells
 * with an empty line. Heights are therefore known before rendering, which lets `pages.tsx` cut
 * long tables into pages itself.
 */
import { Path, Svg, Text, View } from '@react-pdf/renderer';
import { wrapText } from './fonts.ts';

export interface Column<Row> {
  title: string;
  width: number;
  align?: 'left' | 'right';
  value(row: Row): string;
}

/** A table with every cell already cut into lines: plain data, no more functions. */
export interface TableLayout {
  /** Column widths in points, and their alignment. */
  columns: { width: number; align: 'left' | 'right' }[];
  /** The header's lines per column, padded to the same count. */
  header: string[][];
  /** Each row's lines per column, padded to the row's count. */
  rows: string[][][];
}

export const BODY_SIZE = 8;
/** Line height of the body: also the height of a one-line row. */
export const BODY_LINE = 14;
const HEAD_SIZE = 7.5;
const HEAD_LINE = 9.5;
const HEAD_PADDING = 3;
const RULE = 0.75;
/** Space kept at the right of each cell; measured lines keep 3 pt more, as react-pdf breaks lines a little short of the width. */
const CELL_PADDING = 4;

const pad = (cells: string[][]) => {
  const count = Math.max(...cells.map((lines) => lines.length));
  return cells.map((lines) => [...lines, ...Array<string>(count - lines.length).fill('')]);
};

/** Cuts every cell into lines; widths are percentages of `width`. Call after `fontsReady()`. */
export function layoutTable<Row>(columns: Column<Row>[], rows: Row[], width: number): TableLayout {
  const widths = columns.map((column) => (column.width / 100) * width);
  const room = (i: number) => widths[i]! - CELL_PADDING - 3;
  return {
    columns: columns.map((column, i) => ({ width: widths[i]!, align: column.align ?? 'left' })),
    header: pad(columns.map((column, i) => wrapText(column.title, room(i), HEAD_SIZE, 600))),
    rows: rows.map((row) => pad(columns.map((column, i) => wrapText(column.value(row), room(i), BODY_SIZE)))),
  };
}

/** Height of the header (with the rules above and below it). */
export function headerHeight(layout: TableLayout): number {
  return RULE + 2 * HEAD_PADDING + (layout.header[0]?.length ?? 1) * HEAD_LINE + RULE;
}

export function rowHeight(row: string[][]): number {
  return (row[0]?.length ?? 1) * BODY_LINE;
}

/** Height of the table holding rows [from, to) of `layout`. */
export function tableHeight(layout: TableLayout, from = 0, to = layout.rows.length): number {
  let height = headerHeight(layout);
  for (let r = from; r < to; r++) height += rowHeight(layout.rows[r]!);
  return height;
}

const headStyle = { fontSize: HEAD_SIZE, fontWeight: 600, lineHeight: HEAD_LINE / HEAD_SIZE } as const;
// react-pdf draws a line's glyphs at the top of its height: lower the text to centre it between the rules.
const bodyStyle = { fontSize: BODY_SIZE, lineHeight: BODY_LINE / BODY_SIZE, top: 2 } as const;

/** Rows [from, to) of a laid-out table, under its header; never split by react-pdf. */
export function TableBlock(props: { layout: TableLayout; colour: string; from?: number; to?: number }) {
  const { layout } = props;
  const rows = layout.rows.slice(props.from ?? 0, props.to ?? layout.rows.length);
  const width = layout.columns.reduce((sum, c) => sum + c.width, 0);
  const column = (c: number) => rows.flatMap((row) => row[c] ?? []).join('\n');
  // One rule under each row, drawn as one path; y grows by each row's height.
  let y = 0;
  let d = '';
  for (const row of rows) {
    y += rowHeight(row);
    d += `M0 ${y - 0.25} H${width} `;
  }
  return (
    <View wrap={false} style={{ borderTopWidth: RULE, borderTopColor: props.colour }}>
      <View style={{ flexDirection: 'row', paddingVertical: HEAD_PADDING, borderBottomWidth: RULE }}>
        {layout.columns.map((c, i) => (
          <Text key={i} style={[headStyle, { width: c.width, paddingRight: CELL_PADDING, textAlign: c.align }]}>
            {layout.header[i]!.join('\n')}
          </Text>
        ))}
      </View>
      {rows.length > 0 ? (
        <View style={{ flexDirection: 'row', height: y }}>
          <Svg width={width} height={y} style={{ position: 'absolute', top: 0, left: 0 }}>
            <Path d={d.trim()} stroke="#d0d0d0" strokeWidth={0.5} />
          </Svg>
          {layout.columns.map((c, i) => (
            <Text key={i} style={[bodyStyle, { width: c.width, paddingRight: CELL_PADDING, textAlign: c.align }]}>
              {column(i)}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
