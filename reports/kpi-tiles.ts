/**
 * The KPI tiles of a report: each figure with its change against the previous period and, for a
 * team, against the organisation. Rates compare in percentage points; counts show the org's value.
 */
import type { Language } from '../scripts/config/schema.ts';
import { formatCount, formatDelta, formatHours, formatPercent, label, type LabelKey } from './i18n.ts';
import type { Figures } from './metrics.ts';
import type { TileProps } from './pdf.tsx';

type Kind = 'count' | 'hours' | 'rate';
const TILES: { key: keyof Figures; label: LabelKey; kind: Kind }[] = [
  { key: 'activationRate', label: 'activationRate', kind: 'rate' },
  { key: 'activeLearners', label: 'activeLearners', kind: 'count' },
  { key: 'hours', label: 'hours', kind: 'hours' },
  { key: 'hoursPerActiveLearner', label: 'hoursPerActive', kind: 'hours' },
  { key: 'coursesStarted', label: 'coursesStarted', kind: 'count' },
  { key: 'coursesCompleted', label: 'coursesCompleted', kind: 'count' },
  { key: 'completionRate', label: 'completionRate', kind: 'rate' },
  { key: 'certificates', label: 'certificates', kind: 'count' },
];

function format(value: number | null, kind: Kind, lang: Language): string {
  return kind === 'rate'
    ? formatPercent(value, lang)
    : kind === 'hours'
      ? formatHours(value, lang)
      : formatCount(value, lang);
}

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

export function kpiTiles(current: Figures, previous: Figures, org: Figures | null, lang: Language): TileProps[] {
  return TILES.map(({ key, label: labelKey, kind }) => {
    const value = current[key] as number | null;
    const before = previous[key] as number | null;
    const deltaKind = kind === 'rate' ? 'points' : kind;
    const lines = [`${formatDelta(difference(value, before), lang, deltaKind)} ${label('vsPrevious', lang)}`];
    if (org) {
      const orgValue = org[key] as number | null;
      lines.push(
        kind === 'count'
          ? `${label('vsOrg', lang)} : ${format(orgValue, kind, lang)}`.replace(' :', lang === 'fr' ? ' :' : ':')
          : `${formatDelta(difference(value, orgValue), lang, deltaKind)} vs ${label('vsOrg', lang)} (${format(orgValue, kind, lang)})`,
      );
    }
    return { label: label(labelKey, lang), value: format(value, kind, lang), lines };
  });
}
