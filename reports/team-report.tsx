/**
 * The team report, for the team's supervisors (and the managers): KPI tiles against the previous
 * month and the organisation, charts, top courses, suggested-course uptake, goals, and the member
 * follow-up table. It holds members of this team only.
 */
import { View } from '@react-pdf/renderer';
import type { Language } from '../scripts/config/schema.ts';
import { funnelChart, weeklyActiveChart, weeklyHoursChart, type ChartColours } from './charts.ts';
import { formatCount, formatDate, formatHours, formatPercent, label } from './i18n.ts';
import { kpiTiles } from './kpi-tiles.ts';
import type { Figures, GoalResult, GroupMetrics, TopCourse } from './metrics.ts';
import {
  Chart,
  Note,
  ReportDocument,
  Section,
  Sentence,
  Table,
  tableSection,
  Tiles,
  type Column,
  type TableSection,
} from './pdf.tsx';
import type { Brand, MemberRow, TeamReportData } from './report-data.ts';

export function TeamReport({ data }: { data: TeamReportData }) {
  const { brand, metrics, org } = data;
  const lang = brand.lang;
  const colour = brand.colours.primary;
  const everActive = metrics.current.hoursToDate > 0;
  return (
    <ReportDocument
      brand={brand}
      title={label('teamReport', lang)}
      subtitle={data.team.name}
      confidential="confidentialTeam"
      sections={[memberSection(data.members, lang)]}
    >
      <Section title={label('kpis', lang)}>
        <Tiles tiles={kpiTiles(metrics.current, metrics.previous, org.current, lang)} colour={colour} />
      </Section>
      {everActive ? (
        <Activity brand={brand} metrics={metrics} markers={data.markers} />
      ) : (
        <Section title={label('weeklyActive', lang)} keep>
          <Sentence colour={colour}>{label('noActivityTeam', lang)}</Sentence>
        </Section>
      )}
      <Section title={label('funnel', lang)} keep>
        <Chart svg={funnelChartOf(metrics.current, brand) as never} brand={brand} />
      </Section>
      <TopCourses courses={metrics.topCourses} brand={brand} />
      <Section title={label('suggestedUptake', lang)} keep>
        <Sentence colour={colour}>{uptakeSentence(metrics.current, data.suggestedCourses, lang)}</Sentence>
      </Section>
      <Goals goals={metrics.goals} brand={brand} />
    </ReportDocument>
  );
}

/** Weekly charts, or a sentence when nobody learned during those weeks. */
export function Activity(props: { brand: Brand; metrics: GroupMetrics; markers: { date: string; label: string }[] }) {
  const { brand, metrics } = props;
  const lang = brand.lang;
  const quiet = metrics.weekly.every((w) => w.hours === 0) && metrics.current.hours === 0;
  if (quiet) {
    return (
      <Section title={label('weeklyActive', lang)} keep>
        <Sentence colour={brand.colours.primary}>{label('noActivityPeriod', lang)}</Sentence>
      </Section>
    );
  }
  const colours: ChartColours = brand.colours;
  return (
    <View>
      <Section title={label('weeklyActive', lang)} keep>
        <Chart svg={weeklyActiveChart(metrics.weekly, props.markers, colours, lang) as never} brand={brand} />
      </Section>
      <Section title={label('hoursPerWeek', lang)} keep>
        <Chart svg={weeklyHoursChart(metrics.weekly, colours, lang) as never} brand={brand} />
      </Section>
    </View>
  );
}

/** Invited → activated → active this period → completed a course. */
export function funnelChartOf(f: Figures, brand: Brand) {
  return funnelChart(funnelSteps(f, brand.lang), brand.colours);
}

function funnelSteps(f: Figures, lang: Language) {
  return [
    { label: label('funnelInvited', lang), value: f.invited },
    { label: label('funnelActivated', lang), value: f.activated },
    { label: label('funnelActive', lang), value: f.activeLearners },
    { label: label('funnelCompleted', lang), value: f.learnersCompletedToDate },
  ];
}

function uptakeSentence(f: Figures, suggested: number, lang: Language): string {
  if (suggested === 0 || f.suggestedUptake === null) return label('noSuggested', lang);
  return `${formatPercent(f.suggestedUptake, lang)} — ${label('uptakeSentence', lang, { n: formatCount(f.uptakeStarted, lang), total: formatCount(f.uptakeMembers, lang) })}`;
}

export function TopCourses(props: { courses: TopCourse[]; brand: Brand }) {
  const lang = props.brand.lang;
  const columns: Column<TopCourse>[] = [
    { title: label('course', lang), width: 64, value: (c) => c.title },
    { title: label('learners', lang), width: 18, align: 'right', value: (c) => formatCount(c.learners, lang) },
    { title: label('hours', lang), width: 18, align: 'right', value: (c) => formatHours(c.hours, lang) },
  ];
  return (
    <Section title={label('topCourses', lang)}>
      {props.courses.length > 0 ? (
        <Table columns={columns} rows={props.courses} colour={props.brand.colours.primary} />
      ) : (
        <Sentence colour={props.brand.colours.primary}>{label('noCourses', lang)}</Sentence>
      )}
    </Section>
  );
}

const RATE_GOALS = new Set(['activation_rate', 'suggested_uptake']);

export function Goals(props: { goals: GoalResult[]; brand: Brand }) {
  const lang = props.brand.lang;
  const show = (goal: GoalResult, value: number) =>
    RATE_GOALS.has(goal.metric) ? formatPercent(value, lang) : formatCount(value, lang);
  const columns: Column<GoalResult>[] = [
    { title: label('goal', lang), width: 34, value: (g) => g.label[lang] ?? Object.values(g.label)[0] ?? g.id },
    { title: label('value', lang), width: 12, align: 'right', value: (g) => show(g, g.value) },
    { title: label('expectedNow', lang), width: 14, align: 'right', value: (g) => show(g, g.expected) },
    { title: label('target', lang), width: 11, align: 'right', value: (g) => show(g, g.target) },
    { title: label('deadline', lang), width: 15, align: 'right', value: (g) => formatDate(g.deadline, lang) },
    { title: label('status', lang), width: 14, align: 'right', value: (g) => label(`goal-${g.status}`, lang) },
  ];
  return (
    <Section title={label('goals', lang)}>
      {props.goals.length > 0 ? (
        <Table columns={columns} rows={props.goals} colour={props.brand.colours.primary} />
      ) : (
        <Note>{label('noGoals', lang)}</Note>
      )}
    </Section>
  );
}

/** The follow-up table, on pages of its own: every member of the team, pending and inactive first. */
function memberSection(members: MemberRow[], lang: Language): TableSection {
  const columns: Column<MemberRow>[] = [
    { title: label('name', lang), width: 30, value: (m) => m.name },
    { title: label('status', lang), width: 22, value: (m) => label(`status-${m.status}`, lang) },
    {
      title: label('lastActivity', lang),
      width: 16,
      value: (m) => (m.lastActivity ? formatDate(m.lastActivity, lang) : label('never', lang)),
    },
    { title: label('hoursColumn', lang), width: 10, align: 'right', value: (m) => formatHours(m.hours, lang) },
    {
      title: label('coursesCompleted', lang),
      width: 12,
      align: 'right',
      value: (m) => formatCount(m.coursesCompleted, lang),
    },
    { title: label('certificates', lang), width: 10, align: 'right', value: (m) => formatCount(m.certificates, lang) },
  ];
  return tableSection({
    title: label('memberTable', lang),
    note: label('memberTableNote', lang),
    empty: label('noMembers', lang),
    columns,
    rows: members,
  });
}
