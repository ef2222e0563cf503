/**
 * Renders each report to PDF bytes from plain data. Runs in the main thread (sequential path) or in
 * a worker (`render-worker.ts`): nothing here touches DuckDB or the file system.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { fontsReady } from './fonts.ts';
import { AdminReport } from './admin-report.tsx';
import { OrgReport } from './org-report.tsx';
import type { AdminReportData, OrgReportData, TeamReportData } from './report-data.ts';
import { TeamReport } from './team-report.tsx';

export async function renderTeamReport(data: TeamReportData): Promise<Uint8Array> {
  await fontsReady();
  return renderToBuffer(<TeamReport data={data} />);
}

export async function renderOrgReport(data: OrgReportData): Promise<Uint8Array> {
  await fontsReady();
  return renderToBuffer(<OrgReport data={data} />);
}

export async function renderAdminReport(data: AdminReportData): Promise<Uint8Array> {
  await fontsReady();
  return renderToBuffer(<AdminReport data={data} />);
}
