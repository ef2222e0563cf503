/**
 * A piscina worker that renders one report from plain data. Workers do not inherit the test
 * runner's or tsx's TypeScript loader in every setup, so this file is plain erasable TypeScript
 * (Node strips the types) and registers tsx itself before importing the TSX renderers.
 */
import { register } from 'tsx/esm/api';

register();
const render = await import('./render.tsx');

export type RenderTask =
  | { kind: 'team'; data: import('./report-data.ts').TeamReportData }
  | { kind: 'org'; data: import('./report-data.ts').OrgReportData }
  | { kind: 'admin'; data: import('./report-data.ts').AdminReportData };

export default async function renderTask(task: RenderTask): Promise<Uint8Array> {
  switch (task.kind) {
    case 'team':
      return render.renderTeamReport(task.data);
    case 'org':
      return render.renderOrgReport(task.data);
    case 'admin':
      return render.renderAdminReport(task.data);
  }
}
