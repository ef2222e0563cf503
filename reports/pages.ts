/**
 * Cuts the reports' long tables (member follow-up, teams compared, the admin lists) into pages
 * before react-pdf sees them. Left to react-pdf, a long table is laid out again at every page
 * split, each time with every row still to place: the cost grows with the square of the table.
 * Here every height is known (`table.tsx` wraps the cells), so packing is a simple walk.
 *
 * The sizes below are the ones `pdf.tsx` draws with: one source for both.
 */
import { wrapText, type Weight } from './fonts.ts';
import { headerHeight, rowHeight, type TableLayout } from './table.tsx';

export const PAGE = { width: 595.28, height: 841.89, top: 36, bottom: 48, side: 40 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.side;

/** Font size and line height (points) of each kind of text; margins in points. */
export const TEXT = {
  overline: { size: 8, line: 10.4 },
  title: { size: 18, line: 22.5, marginTop: 2 },
  subtitle: { size: 10, line: 13, marginTop: 2 },
  sectionTitle: { size: 12, line: 15, marginBottom: 6 },
  note: { size: 8, line: 10.4, marginY: 4 },
  sentence: { size: 10, line: 13.5, padding: 10, border: 0.75 },
} as const;
export const HEADER = { paddingBottom: 8, border: 2, marginBottom: 14 } as const;
export const SECTION_GAP = 14;

/** A table with its title, as a report lists it. */
export interface TableSection {
  title: string;
  /** A line under the title, on the section's first page. */
  note?: string;
  table: TableLayout;
  /** Said instead of the table when it has no row. */
  empty: string;
  /** A line after the table. */
  after?: string;
}

export type PageItem =
  | { kind: 'header' }
  | { kind: 'title'; text: string; gap: boolean }
  | { kind: 'note'; text: string }
  | { kind: 'sentence'; text: string }
  | { kind: 'table'; section: number; from: number; to: number };

const lines = (text: string, size: number, width = CONTENT_WIDTH, weight: Weight = 400) =>
  wrapText(text, width, size, weight).length;

export const noteHeight = (text: string) => lines(text, TEXT.note.size) * TEXT.note.line + 2 * TEXT.note.marginY;
const titleHeight = (text: string) =>
  lines(text, TEXT.sectionTitle.size, CONTENT_WIDTH, 700) * TEXT.sectionTitle.line + TEXT.sectionTitle.marginBottom;
const sentenceHeight = (text: string) => {
  const inset = TEXT.sentence.padding + TEXT.sentence.border;
  return lines(text, TEXT.sentence.size, CONTENT_WIDTH - 2 * inset) * TEXT.sentence.line + 2 * inset;
};

/** Height of the document header (organisation, title, subtitle) on a report's first page. */
export function documentHeaderHeight(overline: string, title: string, subtitle: string): number {
  return (
    lines(overline.toUpperCase(), TEXT.overline.size) * TEXT.overline.line +
    TEXT.title.marginTop +
    lines(title, TEXT.title.size, CONTENT_WIDTH, 700) * TEXT.title.line +
    TEXT.subtitle.marginTop +
    lines(subtitle, TEXT.subtitle.size) * TEXT.subtitle.line +
    HEADER.paddingBottom +
    HEADER.border +
    HEADER.marginBottom
  );
}

/** Room for content on a page, less a little slack for react-pdf's rounding. */
const BUDGET = PAGE.height - PAGE.top - PAGE.bottom - 4;

/**
 * The sections, one after the other, cut into pages: a table continues on the next page under
 * its title "(continued)" and its header; a title never ends a page. `header` (a height) puts
 * the document header first, for a report that has no other first page.
 */
export function packSections(sections: TableSection[], continued: string, header?: number): PageItem[][] {
  const pages: PageItem[][] = [];
  let page: PageItem[] = [];
  let used = 0;
  const newPage = () => {
    pages.push((page = []));
    used = 0;
  };
  const place = (height: number, ...items: PageItem[]) => {
    page.push(...items);
    used += height;
  };
  newPage();
  if (header !== undefined) place(header, { kind: 'header' });

  sections.forEach((section, index) => {
    const rows = section.table.rows;
    const gapOf = () => (page.length > 0 ? SECTION_GAP : 0);
    if (rows.length === 0) {
      const height = () =>
        gapOf() +
        titleHeight(section.title) +
        (section.note ? noteHeight(section.note) : 0) +
        sentenceHeight(section.empty);
      if (used + height() > BUDGET && page.length > 0) newPage();
      const gap = page.length > 0;
      place(
        height(),
        { kind: 'title', text: section.title, gap },
        ...(section.note ? [{ kind: 'note', text: section.note } as const] : []),
        { kind: 'sentence', text: section.empty },
      );
    } else {
      let from = 0;
      while (from < rows.length) {
        const title = from === 0 ? section.title : `${section.title} ${continued}`;
        const gap = page.length > 0;
        let height =
          (gap ? SECTION_GAP : 0) +
          titleHeight(title) +
          (from === 0 && section.note ? noteHeight(section.note) : 0) +
          headerHeight(section.table);
        let to = from;
        while (to < rows.length && used + height + rowHeight(rows[to]!) <= BUDGET) height += rowHeight(rows[to++]!);
        if (to === from) {
          if (page.length > 0) {
            newPage();
            continue;
          }
          height += rowHeight(rows[to++]!); // a row taller than a page: alone on its page
        }
        place(
          height,
          { kind: 'title', text: title, gap },
          ...(from === 0 && section.note ? [{ kind: 'note', text: section.note } as const] : []),
          { kind: 'table', section: index, from, to },
        );
        from = to;
        if (from < rows.length) newPage();
      }
    }
    if (section.after) {
      if (used + noteHeight(section.after) > BUDGET) newPage();
      place(noteHeight(section.after), { kind: 'note', text: section.after });
    }
  });
  return pages;
}
