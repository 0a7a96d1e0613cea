/**
 * The check use case: from a workbook snapshot and rules to a report. Pure: no I/O.
 */
import { rollUp } from '../grading/bands';
import { detectSheet, type SheetDetection } from '../detect';
import { evaluateIndicator, perYearTargetOf, type Evaluated } from '../grading/evaluate';
import { finding, sortFindings } from '../model/findings';
import { parseGrade } from '../values/values';
import { parsePeriodArg, periodOrder, type Period } from '../values/periods';
import { writable, type WorkbookSnapshot } from '../model/port';
import type { Finding, GroupReport, Report, SheetReport } from '../model/report';
import { defaultRules, mergeRules, type Rules } from '../grading/rules';
import { readSettingsSheet, SETTINGS_SHEET } from '../sheets/settingsSheet';
import { indicatorTableHeading } from '../detect/emptyTables';

/** Sheets the engine writes itself; never read as indicator sheets. */
export const SUMMARY_SHEET = '評価サマリー';
export const RESERVED_SHEETS = new Set([SETTINGS_SHEET, SUMMARY_SHEET, '_EvalSheet取消記録', '提出状況一覧', '指摘事項', '評価一覧', '集計']);

export interface CheckOptions {
  /** The file name, for the report. */
  file?: string | null;
  /** --period: overrides everything else. */
  period?: string | null;
  /** --rules: a parsed JSON object; overrides the workbook's 評価設定. */
  rules?: unknown;
}

export { UsageError } from '../model/errors';
import { UsageError } from '../model/errors';

export interface CheckResult {
  report: Report;
  evaluated: Evaluated[];
  detections: SheetDetection[];
  period: Period | null;
}

export function resolveRules(snapshot: WorkbookSnapshot, optionRules: unknown): { rules: Rules; findings: Finding[] } {
  const findings: Finding[] = [];
  let rules = defaultRules();
  const settings = snapshot.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (settings) {
    const r = readSettingsSheet(settings, rules);
    rules = r.rules;
    findings.push(...r.findings);
  }
  if (optionRules !== undefined) {
    const m = mergeRules(rules, optionRules);
    if (m.problems.length) throw new UsageError(`評価ルール（--rules）に誤りがあります：\n${m.problems.map((p) => `  - ${p.message}`).join('\n')}`);
    rules = m.rules;
  }
  return { rules, findings };
}

export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const { rules, findings: settingsFindings } = resolveRules(snapshot, options.rules);
  const findings: Finding[] = [...settingsFindings];
  const detections: SheetDetection[] = [];
  for (const sheet of snapshot.sheets) {
    if (RESERVED_SHEETS.has(sheet.name) || sheet.visibility !== 'visible') continue;
    detections.push(detectSheet(sheet, rules.scale));
  }

  // The evaluation period: --period, 評価設定, what the sheets state, else the latest actual.
  let period: Period | null = null;
  let source: NonNullable<Report['period']>['source'] = 'latest-actual';
  if (options.period) {
    period = parsePeriodArg(options.period);
    if (!period) throw new UsageError(`評価対象期間「${options.period}」を読み取れません。「令和5年度」「R5」「2023」のように指定してください。`);
    source = 'option';
  } else if (rules.period) {
    period = parsePeriodArg(rules.period);
    source = 'settings';
    if (!period)
      findings.push(
        finding(
          'settings-invalid',
          SETTINGS_SHEET,
          null,
          null,
          `評価設定の評価対象期間「${rules.period}」を読み取れません。「令和5年度」のように入力してください。`,
        ),
      );
  }
  const stated = detections.filter((d) => d.meta.statedPeriod && d.indicators.length).map((d) => d.meta.statedPeriod!);
  if (!period && stated.length) {
    const byYear = new Map<number, number>();
    for (const s of stated) byYear.set(s.period.fiscalYear, (byYear.get(s.period.fiscalYear) ?? 0) + 1);
    const best = [...byYear.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
    period = stated.find((s) => s.period.fiscalYear === best)!.period;
    source = 'sheet';
  }
  if (!period) {
    for (const d of detections)
      for (const ind of d.indicators)
        for (const p of ind.actuals) {
          const pp = p.period ?? p.parsed.notePeriod;
          if (!pp || p.parsed.status === 'missing' || p.parsed.status === 'no-target' || (p.parsed.status === 'not-applicable' && !p.period)) continue;
          if (p.parsed.status === 'not-applicable') continue;
          if (!period || periodOrder(pp) > periodOrder(period)) period = pp;
        }
    source = 'latest-actual';
  }
  if (!period) {
    const titled = detections.find((d) => d.meta.titlePeriod && d.indicators.length);
    if (titled) {
      period = titled.meta.titlePeriod!;
      source = 'sheet';
    }
  }
  for (const s of stated) {
    if (period && s.period.fiscalYear !== period.fiscalYear) {
      findings.push(
        finding('period-differs', null, s.cell, null, `シートの評価対象期間（${s.period.label}）と、評価に使った期間（${period.label}）が異なります。`),
      );
    }
  }

  if (period && source === 'latest-actual') findings.push(...laterYearColumns(detections, period));

  const evaluated: Evaluated[] = [];
  for (const d of detections) for (const ind of d.indicators) evaluated.push(evaluateIndicator(ind, { period, rules }));
  for (const e of evaluated) findings.push(...e.findings);

  // Duplicates: the same name twice, unless marked 再掲 (a deliberate repeat).
  const seen = new Map<string, Evaluated>();
  for (const e of evaluated) {
    const key = e.raw.name.normalize('NFKC').replace(/\s+/g, '');
    const first = seen.get(key);
    if (first && !e.raw.repeated && !first.raw.repeated && key !== '（名称未記入）') {
      findings.push(
        finding(
          'duplicate-indicator',
          e.raw.sheet,
          e.raw.nameCell,
          e.raw.name,
          `指標「${e.raw.name}」が2回あります（${first.raw.sheet}!${first.raw.nameCell} と ${e.raw.sheet}!${e.raw.nameCell}）。重複なら一方を削除し、再掲なら名称に「（再掲）」と付けてください。`,
        ),
      );
    } else if (!first) seen.set(key, e);
  }

  // Policy sheets: the 達成状況評価 from the indicators' grades.
  const groups: GroupReport[] = [];
  for (const d of detections) {
    const gg = d.meta.groupGrade;
    if (!gg || !d.indicators.length) continue;
    const grades = evaluated.filter((e) => e.raw.sheet === d.meta.sheet && e.report.grade).map((e) => e.report.grade!);
    const grade = rollUp(grades, rules.scale, rules.rollup);
    const written = gg.cell ? parseGrade(gg.raw, rules.scale) : null;
    const name = d.meta.measure ?? d.meta.policy ?? d.meta.sheet;
    if (written && written.grade === null)
      findings.push(
        finding(
          'rating-invalid',
          d.meta.sheet,
          gg.cell,
          name,
          `達成状況評価「${written.text}」は評価区分（${rules.scale.map((b) => b.grade).join('・')}）にありません。`,
        ),
      );
    if (written?.grade && grade && written.grade !== grade)
      findings.push(
        finding(
          'rating-mismatch',
          d.meta.sheet,
          gg.cell,
          name,
          `記入された達成状況評価は「${written.grade}」ですが、指標の評価から計算すると「${grade}」です（${rules.rollup === 'mean' ? '点数の平均' : '最も低い評価'}）。`,
        ),
      );
    groups.push({ sheet: d.meta.sheet, name, grade, existingGrade: written?.grade ?? null, previousGrade: gg.previousGrade, cell: gg.cell });
  }

  // Protected sheets that have grade cells to fill that are locked (a template's unlocked input cells are written).
  for (const sheet of snapshot.sheets) {
    if (!sheet.protected) continue;
    const canWrite = writable(sheet);
    const blocked = (cell: string | null | undefined) => !!cell && !canWrite(cell);
    const fillable =
      evaluated.some((e) => e.raw.sheet === sheet.name && blocked(e.raw.gradeCell?.cell) && e.report.grade && !e.report.existingGrade) ||
      groups.some((g) => g.sheet === sheet.name && blocked(g.cell) && g.grade && !g.existingGrade);
    if (fillable)
      findings.push(
        finding(
          'sheet-protected',
          sheet.name,
          null,
          null,
          `シート「${sheet.name}」は保護されているため、評価を書き込みません。書き込む場合は「校閲」→「シート保護の解除」を行ってから実行してください。`,
        ),
      );
  }
  const summary = snapshot.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (summary?.protected)
    findings.push(
      finding(
        'summary-protected',
        SUMMARY_SHEET,
        null,
        null,
        `シート「${SUMMARY_SHEET}」が保護されているため作り直せません。保護を解除してから実行してください。`,
      ),
    );

  if (!evaluated.length) findings.push(noIndicators(snapshot));
  else if (!period)
    findings.push(
      finding(
        'period-undetermined',
        null,
        null,
        null,
        '評価対象期間を判断できませんでした。各指標の最新の実績で評価しています。--period か評価設定で期間を指定してください。',
      ),
    );

  const counts: Record<string, number> = {};
  for (const b of rules.scale) counts[b.grade] = 0;
  counts.none = 0;
  for (const e of evaluated) {
    if (e.report.grade && e.report.grade in counts) counts[e.report.grade]++;
    else counts.none++;
  }
  const sheets: SheetReport[] = detections.map((d) => {
    const snap = snapshot.sheets.find((s) => s.name === d.meta.sheet)!;
    return {
      name: d.meta.sheet,
      indicators: d.indicators.length,
      department: d.meta.department ?? null,
      policy: d.meta.policy ?? null,
      measure: d.meta.measure ?? null,
      title: d.meta.title ?? null,
      statedPeriod: d.meta.statedPeriod?.period.label ?? null,
      protected: snap.protected,
    };
  });
  const report: Report = {
    file: options.file ?? null,
    period: period ? { label: period.label, fiscalYear: period.fiscalYear, source } : null,
    rules,
    indicators: evaluated.map((e) => e.report),
    groups,
    findings: sortFindings(findings),
    counts,
    sheets,
  };
  return { report, evaluated, detections, period };
}

/**
 * The period was inferred from the latest actuals, but a table has a later year's target and actual
 * columns with every actual still blank (a workbook rolled to that year, not filled yet): the
 * inference is a guess worth a look, named by the cells.
 */
function laterYearColumns(detections: SheetDetection[], period: Period): Finding[] {
  const out: Finding[] = [];
  for (const d of detections) {
    const rows = d.indicators.filter((i) => i.layout === 'table');
    const later = new Map<number, { target: string; actual: string; label: string; filled: boolean }>();
    for (const ind of rows) {
      for (const t of ind.targets) {
        if (!t.period || t.period.fiscalYear <= period.fiscalYear || !perYearTargetOf(ind, t, period)) continue;
        const a = ind.actuals.find((x) => x.period?.fiscalYear === t.period!.fiscalYear)!;
        const seen = later.get(t.period.fiscalYear) ?? { target: t.cell, actual: a.cell, label: t.period.label, filled: false };
        seen.filled ||= a.parsed.status !== 'missing';
        later.set(t.period.fiscalYear, seen);
      }
    }
    for (const l of later.values()) {
      if (l.filled) continue;
      out.push(
        finding(
          'reading-uncertain',
          d.meta.sheet,
          l.target,
          null,
          `評価対象期間は、最新の実績の年度から${period.label}と判断しました。ただし、シート「${d.meta.sheet}」の表には${l.label}の目標（${l.target}など）と実績（${l.actual}など、すべて空欄）の列があります。${l.label}の評価であれば、評価設定の「評価対象期間」か --period で${l.label}を指定してください。`,
        ),
      );
    }
  }
  return out;
}

/** No indicator in the workbook: a blank template (tables with headings, no rows filled) is told so as information. */
function noIndicators(snapshot: WorkbookSnapshot): Finding {
  const tables = snapshot.sheets
    .filter((s) => !RESERVED_SHEETS.has(s.name) && s.visibility === 'visible')
    .flatMap((s) => {
      const cell = indicatorTableHeading(s);
      return cell ? [{ sheet: s.name, cell }] : [];
    });
  if (!tables.length)
    return finding('no-indicators', null, null, null, '指標が見つかりませんでした。「実績値」「目標値」などの見出しがあるシートか確認してください。');
  const where = tables.map((t) => `シート「${t.sheet}」の${t.cell}からの表`).join('、');
  return finding(
    'no-indicators-yet',
    tables[0].sheet,
    tables[0].cell,
    null,
    `指標はまだ入力されていません（${where}に見出しだけがあります）。指標名・目標値・実績値を入力すると評価できます。`,
  );
}
