/**
 * The reports' charts, drawn by Observable Plot on the server (linkedom stands in for the browser's
 * DOM) and handed to `svg-to-pdf.tsx` as SVG DOM. Each takes plain data, so workers can draw them.
 * Callers show a sentence instead of a chart when there is nothing to draw (see `hasData`).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Language } from '../scripts/config/schema.ts';
import { locale } from './i18n.ts';

export interface ChartColours {
  primary: string;
  secondary: string;
  accent: string;
  text: string;
}
export interface Marker {
  date: string;
  label: string;
}

const LABEL_ROW = 10;

/**
 * Send-date labels on rows, so two dates a week apart do not print over each other: a label goes
 * on the first row where the previous label ends before it starts (widths estimated from 8 pt text).
 */
export function staggered<T extends Marker & { at: Date }>(
  markers: T[],
  first: Date,
  last: Date,
): (T & { row: number })[] {
  const span = Math.max(1, last.getTime() - first.getTime());
  const plotWidth = WIDTH - 36 - 20;
  const ends: number[] = [];
  return [...markers]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((m) => {
      const x = ((m.at.getTime() - first.getTime()) / span) * plotWidth;
      const width = m.label.length * 4.6 + 6;
      let row = ends.findIndex((end) => end <= x);
      if (row < 0) row = ends.length;
      ends[row] = x + width;
      return { ...m, row };
    });
}

// One document per thread: Plot only needs it to create elements.
const { document } = parseHTML('<!doctype html><html><body></body></html>');

const WIDTH = 500;
const FONT = 'Inter';

function finish(svg: Element): Element {
  // Plot leaves xmlns out (a browser adds it); without it the SVG is not a valid standalone file.
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return svg;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The x axis of a weekly chart: every other Monday, as "3 nov." / "3 Nov". */
function weekAxis(weeks: string[], lang: Language) {
  const format = new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const ticks = weeks.filter((_, i) => (weeks.length - 1 - i) % 2 === 0).map(day);
  return { type: 'utc' as const, ticks, tickFormat: (d: Date) => format.format(d), label: null };
}

const hoursFormat = (lang: Language) => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });

/** A y axis of whole numbers (counts of people never read 1.5), from 0 to a round maximum. */
function countAxis(max: number) {
  const step = Math.max(1, Math.ceil(Math.max(1, max) / 4));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  return { domain: [0, top], ticks, tickFormat: 'd', grid: true, label: null };
}

/** Weekly active learners, with the comms send dates marked. */
export function weeklyActiveChart(
  weekly: { week: string; activeLearners: number }[],
  markers: Marker[],
  colours: ChartColours,
  lang: Language,
): Element {
  const first = day(weekly[0]!.week);
  const last = new Date(day(weekly.at(-1)!.week).getTime() + 6 * 86_400_000);
  const shown = staggered(
    markers.filter((m) => day(m.date) >= first && day(m.date) <= last).map((m) => ({ ...m, at: day(m.date) })),
    first,
    last,
  );
  const rows = Math.max(1, ...shown.map((m) => m.row + 1));
  const data = weekly.map((w) => ({ week: day(w.week), value: w.activeLearners }));
  return finish(
    Plot.plot({
      document,
      width: WIDTH,
      height: 170 + LABEL_ROW * rows,
      marginLeft: 36,
      marginTop: 12 + LABEL_ROW * rows,
      style: { fontFamily: FONT },
      x: weekAxis(
        weekly.map((w) => w.week),
        lang,
      ),
      y: countAxis(Math.max(...data.map((d) => d.value))),
      marks: [
        Plot.ruleY([0], { stroke: colours.text, strokeOpacity: 0.4 }),
        Plot.ruleX(shown, { x: 'at', stroke: colours.secondary, strokeDasharray: '3,3' }),
        // One mark per row of labels (a mark's offset is one number).
        ...Array.from({ length: rows }, (_, row) =>
          Plot.text(
            shown.filter((m) => m.row === row),
            {
              x: 'at',
              text: 'label',
              frameAnchor: 'top',
              dy: -6 - LABEL_ROW * (rows - row),
              dx: 2,
              textAnchor: 'start',
              fill: colours.secondary,
              fontSize: 8,
            },
          ),
        ),
        Plot.areaY(data, { x: 'week', y: 'value', fill: colours.primary, fillOpacity: 0.12 }),
        Plot.lineY(data, { x: 'week', y: 'value', stroke: colours.primary, strokeWidth: 2 }),
        Plot.dot(data, { x: 'week', y: 'value', fill: colours.primary, r: 2.5 }),
      ],
    }) as unknown as Element,
  );
}

/** Hours learned per week. */
export function weeklyHoursChart(
  weekly: { week: string; hours: number }[],
  colours: ChartColours,
  lang: Language,
): Element {
  const data = weekly.map((w) => ({ week: day(w.week), hours: w.hours }));
  return finish(
    Plot.plot({
      document,
      width: WIDTH,
      height: 160,
      marginLeft: 36,
      style: { fontFamily: FONT },
      x: weekAxis(
        weekly.map((w) => w.week),
        lang,
      ),
      y: {
        grid: true,
        label: null,
        nice: true,
        zero: true,
        ticks: 4,
        tickFormat: (n: number) => hoursFormat(lang).format(n),
      },
      marks: [
        Plot.rectY(data, {
          x1: 'week',
          x2: (d: { week: Date }) => new Date(d.week.getTime() + 6 * 86_400_000),
          y: 'hours',
          fill: colours.accent,
          inset: 1,
        }),
        Plot.ruleY([0], { stroke: colours.text, strokeOpacity: 0.4 }),
      ],
    }) as unknown as Element,
  );
}

/** Invited → activated → active this period → completed a course, as horizontal bars. */
export function funnelChart(steps: { label: string; value: number }[], colours: ChartColours): Element {
  return finish(
    Plot.plot({
      document,
      width: WIDTH,
      height: 30 + steps.length * 26,
      marginLeft: 160,
      marginRight: 40,
      style: { fontFamily: FONT },
      x: { axis: null, nice: true },
      y: { domain: steps.map((s) => s.label), label: null, tickSize: 0 },
      marks: [
        Plot.barX(steps, { y: 'label', x: 'value', fill: colours.primary, insetTop: 3, insetBottom: 3 }),
        Plot.text(steps, {
          y: 'label',
          x: 'value',
          text: (d: { value: number }) => String(d.value),
          textAnchor: 'start',
          dx: 4,
          fill: colours.text,
        }),
      ],
    }) as unknown as Element,
  );
}

/** One horizontal bar per team (already sorted), e.g. activation rate; values are fractions. */
export function comparisonChart(
  rows: { label: string; value: number }[],
  orgValue: number | null,
  colours: ChartColours,
  lang: Language,
): Element {
  const percent = new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 });
  return finish(
    Plot.plot({
      document,
      width: WIDTH,
      height: 40 + rows.length * 18,
      marginLeft: 160,
      marginRight: 40,
      style: { fontFamily: FONT },
      x: { domain: [0, 1], tickFormat: (d: number) => percent.format(d), label: null, ticks: 5, grid: true },
      y: { domain: rows.map((r) => r.label), label: null, tickSize: 0 },
      marks: [
        Plot.barX(rows, { y: 'label', x: 'value', fill: colours.primary, insetTop: 2, insetBottom: 2 }),
        Plot.text(rows, {
          y: 'label',
          x: 'value',
          text: (d: { value: number }) => percent.format(d.value),
          textAnchor: 'start',
          dx: 4,
          fill: colours.text,
        }),
        ...(orgValue === null ? [] : [Plot.ruleX([orgValue], { stroke: colours.secondary, strokeWidth: 1.5 })]),
      ],
    }) as unknown as Element,
  );
}
