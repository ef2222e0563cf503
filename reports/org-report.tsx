/**
 * The organisation report, for managers: the team report's figures at organisation level, plus
 * every team compared (chart, then the table on pages of its own), small teams pooled as "other teams".
 */
import { comparisonChart } from './charts.ts';
import { formatCount, formatDelta, formatHours, formatPercent, label } from './i18n.ts';
import { kpiTiles } from './kpi-tiles.ts';
import { Chart, Note, ReportDocument, Section, Sentence, tableSection, Tiles, type Column } from './pdf.tsx';
import type { ComparisonRow, OrgReportData } from './report-data.ts';
import { Activity, funnelChartOf, Goals, TopCourses } from './team-report.tsx';

/** Teams drawn in the comparison chart: all of them up to a page's worth, else the top and bottom. */
const CHARTED = 30;
function chartedTeams(rows: ComparisonRow[]): ComparisonRow[] {
  return rows.length <= CHARTED ? rows : [...rows.slice(0, CHARTED / 2), ...rows.slice(-CHARTED / 2)];
}

export function OrgReport({ data }: { data: OrgReportData }) {
  const { brand, metrics } = data;
  const lang = brand.lang;
  const colour = brand.colours.primary;
  const f = metrics.current;
  const licenceLine = `${label('licences', lang)} : ${formatCount(data.licences, lang)} · ${label('invited', lang)} : ${formatCount(f.invited, lang)} · ${label('activated', lang)} : ${formatCount(f.activated, lang)} · ${label('medianDays', lang)} : ${f.medianDaysToActivate === null ? '—' : `${formatHours(f.medianDaysToActivate, lang)} ${label('days', lang)}`}`;
  const columns: Column<ComparisonRow>[] = [
    { title: label('team', lang), width: 26, value: (r) => r.name },
    { title: label('members', lang), width: 10, align: 'right', value: (r) => formatCount(r.members, lang) },
    {
      title: label('activationRate', lang),
      width: 13,
      align: 'right',
      value: (r) => formatPercent(r.figures.activationRate, lang),
    },
    {
      title: label('activeLearners', lang),
      width: 12,
      align: 'right',
      value: (r) => formatCount(r.figures.activeLearners, lang),
    },
    { title: label('hours', lang), width: 10, align: 'right', value: (r) => formatHours(r.figures.hours, lang) },
    {
      title: label('hoursPerActive', lang),
      width: 10,
      align: 'right',
      value: (r) => formatHours(r.figures.hoursPerActiveLearner, lang),
    },
    {
      title: label('completionRate', lang),
      width: 10,
      align: 'right',
      value: (r) => formatPercent(r.figures.completionRate, lang),
    },
    {
      title: label('suggestedUptake', lang),
      width: 9,
      align: 'right',
      value: (r) => formatPercent(r.figures.suggestedUptake, lang),
    },
  ];
  // Every team, on pages of its own (at 2,000 teams, some forty pages).
  const comparison = tableSection({
    title: label('teamsCompared', lang),
    columns,
    rows: data.comparison,
    empty: label('noMembers', lang),
    after: data.pooled > 0 ? label('otherTeamsNote', lang, { n: data.pooled, min: data.minGroupSize }) : undefined,
  });
  const chartRows = chartedTeams(data.comparison).map((r) => ({ label: r.name, value: r.figures.activationRate ?? 0 }));
  return (
    <ReportDocument
      brand={brand}
      title={label('orgReport', lang)}
      subtitle={brand.orgName}
      confidential="confidentialOrg"
      sections={[comparison]}
    >
      <Section title={label('kpis', lang)}>
        <Note>{lang === 'fr' ? licenceLine : licenceLine.replaceAll(' :', ':')}</Note>
        <Tiles tiles={kpiTiles(f, metrics.previous, null, lang)} colour={colour} />
        <Note>{`${label('suggestedUptake', lang)}${lang === 'fr' ? ' : ' : ': '}${formatPercent(f.suggestedUptake, lang)} (${formatDelta(f.suggestedUptake === null || metrics.previous.suggestedUptake === null ? null : f.suggestedUptake - metrics.previous.suggestedUptake, lang, 'points')} ${label('vsPrevious', lang)})`}</Note>
      </Section>
      {f.hoursToDate > 0 ? (
        <Activity brand={brand} metrics={metrics} markers={data.markers} />
      ) : (
        <Section title={label('weeklyActive', lang)} keep>
          <Sentence colour={colour}>{label('noActivityOrg', lang)}</Sentence>
        </Section>
      )}
      <Section title={label('funnel', lang)} keep>
        <Chart svg={funnelChartOf(f, brand) as never} brand={brand} />
      </Section>
      <TopCourses courses={metrics.topCourses} brand={brand} />
      <Goals goals={metrics.goals} brand={brand} />
      {chartRows.length > 0 ? (
        <Section title={label('comparisonChart', lang)} keep>
          <Chart svg={comparisonChart(chartRows, f.activationRate, brand.colours, lang) as never} brand={brand} />
          {chartRows.length < data.comparison.length ? (
            <Note>{label('chartedTeams', lang, { n: CHARTED / 2 })}</Note>
          ) : null}
        </Section>
      ) : null}
    </ReportDocument>
  );
}
