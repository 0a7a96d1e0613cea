/**
 * What one checked workbook gives the site: a page per 施策 (a policy group of a sheet), or per sheet when
 * the sheet states none, with its indicators, their series and the sheet's narrative texts.
 */
import type { CheckResult } from '../actions/check';
import type { Evaluated } from '../grading/evaluate';
import type { GroupReport, IndicatorReport, SheetReport } from '../model/report';
import type { WorkbookSnapshot } from '../model/port';
import { SETTINGS_SHEET } from '../sheets/settingsSheet';
import type { Narrative, PageDraft, PublishedGrade, PublishedIndicator, WorkbookPublication } from './model';
import { sheetNarratives } from './narratives';
import { seriesOf } from './series';
import { readSiteHeadings } from './siteSettings';

type Scale = WorkbookPublication['scale'];

/** The grade to publish: the one the workbook states, else the one computed from the figures. */
export function publishedGrade(written: string | null, computed: string | null, scale: Scale): PublishedGrade | null {
  const grade = written ?? computed;
  if (!grade) return null;
  return { grade, label: scale.find((b) => b.grade === grade)?.label ?? null, source: written ? 'written' : 'computed' };
}

/** Why an indicator has no grade, as a resident can read it. */
export function ungradedReason(r: IndicatorReport): string {
  if (r.actualStatus === 'pending') return '実績値が集計中のため、評価していません。';
  if (r.actualStatus === 'not-applicable') return '今期は評価の対象外です。';
  if (r.actualStatus === 'missing') return '実績値が記入されていないため、評価していません。';
  if (r.actualStatus === 'error' || r.actualStatus === 'unparseable') return '実績値を数値として読み取れないため、評価していません。';
  if (r.target === null) return '目標値が記入されていないため、評価していません。';
  return '目標値と実績値から達成度を求められないため、評価していません。';
}

function indicatorOf(e: Evaluated, scale: Scale): PublishedIndicator {
  const r = e.report;
  const grade = publishedGrade(r.existingGrade, r.grade, scale);
  return {
    id: r.id,
    name: r.name,
    unit: r.unit,
    baseline: r.baseline,
    target: r.target,
    actual: r.actual,
    actualPeriod: r.actualPeriod,
    attainment: r.attainment,
    grade,
    ungradedReason: grade ? null : ungradedReason(r),
    previousActual: r.previousActual,
    trend: r.trend,
    direction: r.direction === 'maintain' ? 'keep' : r.direction,
    futureDirection: r.futureDirection,
    series: seriesOf(e.raw, r),
  };
}

/** The indicators of a sheet per page: each group's (by the group an indicator names, else the first), or the sheet's. */
function splitByGroup(onSheet: Evaluated[], groups: GroupReport[]): { group: GroupReport | null; members: Evaluated[] }[] {
  if (groups.length <= 1) return [{ group: groups[0] ?? null, members: onSheet }];
  const parts = groups.map((group) => ({ group, members: [] as Evaluated[] }));
  for (const e of onSheet) (parts.find((p) => p.group.name === e.report.group) ?? parts[0]).members.push(e);
  return parts.filter((p) => p.members.length);
}

function sheetPages(file: string, sheet: SheetReport, groups: GroupReport[], onSheet: Evaluated[], narratives: Narrative[], ctx: PageContext): PageDraft[] {
  const parts = splitByGroup(onSheet, groups);
  return parts.map(({ group, members }) => {
    const names = new Set(members.map((m) => m.report.name));
    // On a sheet of several 施策, a text on an indicator's row goes to that indicator's page; the others to every page of the sheet.
    const texts = parts.length === 1 ? narratives : narratives.filter((n) => n.indicator === null || names.has(n.indicator));
    return {
      title: group?.name ?? sheet.title ?? sheet.name,
      kind: group ? 'measure' : 'sheet',
      policy: sheet.policy,
      department: sheet.department ?? ctx.department,
      period: ctx.period,
      grade: group ? publishedGrade(group.existingGrade, group.grade, ctx.scale) : null,
      indicators: members.map((m) => indicatorOf(m, ctx.scale)),
      narratives: texts,
      file,
      sheet: sheet.name,
    };
  });
}

interface PageContext {
  scale: Scale;
  department: string | null;
  period: string | null;
}

/** The workbook's part of the site. `file`: its name as the site lists it. */
export function publishedWorkbook(file: string, result: CheckResult, snapshot: WorkbookSnapshot): WorkbookPublication {
  const { report, evaluated, detections } = result;
  const scale = report.rules.scale.map((b) => ({ grade: b.grade, label: b.label }));
  const { headings, cells } = readSiteHeadings(snapshot.sheets.find((s) => s.name === SETTINGS_SHEET));
  const ctx: PageContext = { scale, department: report.sheets.find((s) => s.department)?.department ?? null, period: report.period?.label ?? null };
  const pages: PageDraft[] = [];
  for (const sheet of report.sheets) {
    const onSheet = evaluated.filter((e) => e.report.sheet === sheet.name);
    if (!onSheet.length) continue;
    const snap = snapshot.sheets.find((s) => s.name === sheet.name);
    const raw = detections.find((d) => d.meta.sheet === sheet.name)?.indicators ?? [];
    const narratives = snap ? sheetNarratives(snap, raw) : [];
    const groups = report.groups.filter((g) => g.sheet === sheet.name);
    pages.push(...sheetPages(file, sheet, groups, onSheet, narratives, ctx));
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  return { file, period: report.period?.label ?? null, fiscalYear: report.period?.fiscalYear ?? null, scale, headings, headingCells: cells, pages, errors };
}
