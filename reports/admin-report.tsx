/**
 * The admin report: invitations pending per team and role, members without a team, and the
 * data-quality summary of the load. For admins, who manage members: it names them.
 */
import { formatCount, formatDate, label } from './i18n.ts';
import { ReportDocument, tableSection, type Column } from './pdf.tsx';
import type { AdminReportData } from './report-data.ts';

/** Problems listed one by one; the rest are counted (the full list is dist/data-quality.csv). */
const QUALITY_ROWS = 60;

export function AdminReport({ data }: { data: AdminReportData }) {
  const { brand } = data;
  const lang = brand.lang;
  const role = (r: string) =>
    ['admin', 'manager', 'supervisor', 'member'].includes(r) ? label(`role-${r}` as 'role-admin', lang) : r;
  const pendingColumns: Column<AdminReportData['pending'][number]>[] = [
    { title: label('team', lang), width: 40, value: (r) => r.team ?? label('noTeam', lang) },
    { title: label('role', lang), width: 25, value: (r) => role(r.role) },
    { title: label('pending', lang), width: 15, align: 'right', value: (r) => formatCount(r.pending, lang) },
    { title: label('oldest', lang), width: 20, align: 'right', value: (r) => formatDate(r.oldest, lang) },
  ];
  const noTeamColumns: Column<AdminReportData['withoutTeam'][number]>[] = [
    { title: label('email', lang), width: 36, value: (r) => r.email },
    { title: label('name', lang), width: 24, value: (r) => r.name },
    { title: label('role', lang), width: 16, value: (r) => role(r.role) },
    {
      title: label('team', lang),
      width: 24,
      value: (r) => (r.team ? label('unknownTeam', lang, { team: r.team }) : label('noTeam', lang)),
    },
  ];
  const qualityColumns: Column<AdminReportData['quality'][number]>[] = [
    { title: label('where', lang), width: 28, value: (r) => (r.line === null ? r.file : `${r.file}:${r.line}`) },
    { title: label('problem', lang), width: 72, value: (r) => `${severity(r.severity)} ${r.message} — ${r.hint}` },
  ];
  const severity = (s: string) =>
    s === 'error' ? (lang === 'fr' ? 'Erreur :' : 'Error:') : lang === 'fr' ? 'Avertissement :' : 'Warning:';
  const errors = data.quality.filter((r) => r.severity === 'error').length;
  const warnings = data.quality.length - errors;
  const totalPending = data.pending.reduce((sum, r) => sum + r.pending, 0);
  const sections = [
    tableSection({
      title: `${label('pendingInvitations', lang)} (${formatCount(totalPending, lang)})`,
      columns: pendingColumns,
      rows: data.pending,
      empty: label('noPending', lang),
    }),
    tableSection({
      title: `${label('withoutTeam', lang)} (${formatCount(data.withoutTeam.length, lang)})`,
      columns: noTeamColumns,
      rows: data.withoutTeam,
      empty: label('noneWithoutTeam', lang),
    }),
    tableSection({
      title: label('dataQuality', lang),
      note: data.quality.length > 0 ? label('dataQualitySummary', lang, { errors, warnings }) : undefined,
      columns: qualityColumns,
      rows: data.quality.slice(0, QUALITY_ROWS),
      empty: label('dataQualityClean', lang),
      after:
        data.quality.length > QUALITY_ROWS
          ? label('dataQualityMore', lang, { n: data.quality.length - QUALITY_ROWS })
          : undefined,
    }),
  ];
  // Lists only: they start under the header and run on as long as they need.
  return (
    <ReportDocument
      brand={brand}
      title={label('adminReport', lang)}
      subtitle={brand.orgName}
      confidential="confidentialAdmin"
      sections={sections}
    />
  );
}
