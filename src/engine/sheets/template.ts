/**
 * The standard evaluation workbook this project recommends: a policy sheet (header rows, one row
 * per indicator with yearly 期待値 / 実績値 columns), a project table and 評価設定. Input cells
 * are unlocked (and the titles and year headers, which the next period's roll moves) and the sheets protected without a password; grade, direction, unit and 今後の方向性
 * cells get drop-down lists. The engine reads it with no guesswork (tested).
 */
import { a1 } from '../model/address';
import { UsageError } from '../model/errors';
import { fiscalYearLabel, parsePeriodArg } from '../values/periods';
import { fittingWidth, wrappedRowHeights } from './layout';
import type { PlanCell, SheetSpec } from '../model/plan';
import { defaultRules } from '../grading/rules';
import { settingsSheetSpec } from './settingsSheet';

export interface TemplateOptions {
  /** The fiscal year evaluated (2023 = 令和5年度). */
  fiscalYear: number;
  /** The plan's first and last fiscal years (the yearly columns). */
  planStart: number;
  planEnd: number;
  /** Fill with realistic sample data. */
  sample: boolean;
  /** Empty indicator and project rows to offer (besides the sample's). */
  rows?: number;
}

export const TEMPLATE_SHEETS = { policy: '施策評価', projects: '事業実績' } as const;
export const UNITS = ['件', '人', '回', '％', '団体', '箇所', '円', '千円', '万円', 'km', 't', '点', '日', '時間', '世帯', '社'];
const DIRECTION_WORDS = ['増加', '減少', '維持'];

type V = string | number | null;
const c = (value: V, style?: PlanCell['style']): PlanCell => (style ? { value, style } : { value });
const input = (value: V = null): PlanCell => ({ value, style: 'input' });
/** An input cell whose text wraps (names, descriptions, narratives): Excel makes its row taller as it is typed. */
const wrapped = (cell: PlanCell): PlanCell => ({ ...cell, wrap: true });

/** R5 for 2023. */
const short = (fy: number) => `R${fy - 2018}`;

interface SampleIndicator {
  name: string;
  description: string;
  unit: string;
  direction: string;
  baseline: number;
  /** Per plan year: [期待値, 実績値]; the evaluated year's actual may be null (not yet in). */
  years: [number | null, number | null][];
  target: number;
  previousGrade: string | null;
}

function sampleIndicators(years: number[], fiscalYear: number): SampleIndicator[] {
  const upTo = (fy: number) => fy <= fiscalYear;
  const series = (start: number, step: number, actualDrift: number, digits = 0) =>
    years.map((fy, i): [number | null, number | null] => [
      start + step * (i + 1),
      upTo(fy) ? Math.round((start + step * (i + 1) + actualDrift * (i + 1)) * 10 ** digits) / 10 ** digits : null,
    ]);
  return [
    {
      name: '交通事故発生件数',
      description: '市内で発生した人身事故の件数',
      unit: '件',
      direction: '減少',
      baseline: 298,
      years: series(298, -8, -1),
      target: 298 - 8 * years.length,
      previousGrade: 'A',
    },
    {
      name: '防犯教室の参加者数',
      description: '防犯教室の延べ参加者数（4月〜翌3月）',
      unit: '人',
      direction: '増加',
      baseline: 640,
      years: series(640, 60, -12),
      target: 640 + 60 * years.length,
      previousGrade: 'B',
    },
    {
      name: '自主防犯団体の登録数',
      description: '市に登録している自主防犯団体の数（累計）',
      unit: '団体',
      direction: '増加',
      baseline: 43,
      years: series(43, 2, -0.8),
      target: 43 + 2 * years.length,
      previousGrade: 'B',
    },
    {
      name: 'ＬＥＤ防犯灯の設置率',
      description: '市が管理する防犯灯のうちＬＥＤ灯の割合',
      unit: '％',
      direction: '増加',
      baseline: 70,
      years: series(70, 5, -0.5, 1),
      target: 100,
      previousGrade: 'A',
    },
  ];
}

function policySheet(o: TemplateOptions): SheetSpec {
  const years = Array.from({ length: o.planEnd - o.planStart + 1 }, (_, i) => o.planStart + i);
  const period = fiscalYearLabel(o.fiscalYear);
  const width = 7 + years.length * 2 + 4;
  const rows: (PlanCell | null)[][] = [
    [{ ...c(`${fiscalYearLabel(o.fiscalYear + 1)}　施策評価シート（評価対象期間：${period}）`, 'title'), unlocked: true }],
    [c('色の付いたセルに入力してください。見出しと計算欄は保護されています（パスワードなし。「校閲」→「シート保護の解除」で解除できます）。', 'note')],
    [c('基本方針', 'header'), input(o.sample ? '1 安全で安心して暮らせるまち' : null)],
    [c('施策', 'header'), input(o.sample ? '1-1 交通安全と防犯の推進' : null)],
    [c('担当部等', 'header'), input(o.sample ? '市民生活部 市民協働課' : null)],
    [c('達成状況評価', 'header'), input(), c(o.sample ? '（B）' : null), c('前年度の評価は（ ）内に', 'note')],
    [],
  ];
  const headerRow = rows.length + 1;
  const head1: (PlanCell | null)[] = ['番号', '指標名', '指標の説明', '単位', '方向', '基準値', '基準年度'].map((h) => c(h, 'header'));
  const head2: (PlanCell | null)[] = Array.from({ length: 7 }, () => c(null, 'header'));
  const merges: string[] = [];
  years.forEach((fy, i) => {
    head1.push(c(short(fy), 'header'), c(null, 'header'));
    head2.push(c('期待値', 'header'), c('実績値', 'header'));
    merges.push(`${a1(headerRow, 8 + i * 2)}:${a1(headerRow, 9 + i * 2)}`);
  });
  head1.push(c(`目標値（${short(o.planEnd)}）`, 'header'), c('評価', 'header'), c('前年度評価', 'header'), c('備考', 'header'));
  head2.push(c(null, 'header'), c(null, 'header'), c(null, 'header'), c(null, 'header'));
  rows.push(head1, head2);
  const samples = o.sample ? sampleIndicators(years, o.fiscalYear) : [];
  const count = samples.length + (o.rows ?? 10);
  for (let i = 0; i < count; i++) {
    const s = samples[i];
    const row: (PlanCell | null)[] = [
      c(String(i + 1)),
      wrapped(input(s?.name ?? null)),
      wrapped(input(s?.description ?? null)),
      input(s?.unit ?? null),
      input(s?.direction ?? null),
      input(s?.baseline ?? null),
      input(s ? short(o.planStart - 1) : null),
    ];
    years.forEach((_, k) => row.push(input(s?.years[k][0] ?? null), input(s?.years[k][1] ?? null)));
    row.push(input(s?.target ?? null), input(), input(s?.previousGrade ?? null), input());
    rows.push(row);
  }
  const first = headerRow + 2;
  const last = headerRow + 1 + count;
  const gradeCol = width - 2;
  // The period's narrative: a label and a wide input cell each (emptied when rolled to the next period).
  rows.push([], [c('評価の説明（評価対象期間について記入します。次の期間に進めると空欄になります）', 'note')]);
  const narrativeMerges: string[] = [];
  const narratives: [string, string][] = [
    ['成果・効果', '交通事故の件数は期待値を下回って推移し、LED防犯灯の設置も計画どおり進んだ。'],
    ['課題', '防犯教室は高齢者の参加が伸びず、参加者数が期待値に届かなかった。'],
    ['内部要因', '防犯教室の開催回数を地区ごとに見直した。'],
    ['外部要因', '自転車ヘルメット着用の努力義務化で関心が高まった。'],
  ];
  for (const [label, text] of narratives) {
    rows.push([c(label, 'header'), input(o.sample ? text : null)]);
    narrativeMerges.push(`${a1(rows.length, 2)}:${a1(rows.length, width)}`);
  }
  const scale = defaultRules().scale.map((b) => b.grade);
  // Column A holds the numbers and the labels of the header block and the narratives: as wide as the longest label.
  const labels = rows.map((r) => (r[0]?.style === 'header' ? String(r[0].value ?? '') : ''));
  const columnWidths = [fittingWidth(labels, 6, 16), 28, 40, 7, 7, 9, 9, ...years.flatMap(() => [9, 9]), 12, 7, 11, 24];
  return {
    name: TEMPLATE_SHEETS.policy,
    rows,
    merges: [`B3:${a1(3, 9)}`, `B4:${a1(4, 9)}`, `B5:${a1(5, 9)}`, ...merges, ...narrativeMerges],
    columnWidths,
    rowHeights: wrappedRowHeights(rows, columnWidths),
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { landscape: true, paper: 'A4', fitToWidth: true, titleRows: `${headerRow}:${headerRow + 1}` },
    validations: [
      { ref: 'B6', list: scale },
      { ref: `${a1(first, 4)}:${a1(last, 4)}`, list: UNITS },
      { ref: `${a1(first, 5)}:${a1(last, 5)}`, list: DIRECTION_WORDS },
      { ref: `${a1(first, gradeCol)}:${a1(last, gradeCol + 1)}`, list: scale },
    ],
    gradeColours: [{ ref: `${a1(first, gradeCol)}:${a1(last, gradeCol + 1)}` }],
    protect: true,
  };
}

function projectSheet(o: TemplateOptions): SheetSpec {
  const fy = short(o.fiscalYear);
  const samples = o.sample
    ? [
        ['交通安全教室開催事業', 20, 22, '回', '継続'],
        ['防犯灯ＬＥＤ化事業費補助金', 40, 31, '件', '継続'],
        ['自転車ヘルメット購入費助成事業', 300, 186, '件', '見直し'],
      ]
    : [];
  const rows: (PlanCell | null)[][] = [
    [{ ...c(`${fiscalYearLabel(o.fiscalYear)}　事業実績`, 'title'), unlocked: true }],
    [c('色の付いたセルに入力してください。自己評価は EvalSheet が数値目標と実績値から計算した評価と照合します。', 'note')],
    [],
    // The year headers are unlocked: the next period's roll moves them.
    ['番号', '事業名', `${fy}年度数値目標`, `${fy}年度実績値`, '単位', '自己評価', '今後の方向性', '成果・効果', '課題'].map((h) => ({
      ...c(h, 'header'),
      ...(/年度/.test(h) ? { unlocked: true } : {}),
    })),
  ];
  const count = samples.length + (o.rows ?? 10);
  for (let i = 0; i < count; i++) {
    const s = samples[i];
    rows.push([
      c(String(i + 1)),
      wrapped(input(s?.[0] ?? null)),
      input(s?.[1] ?? null),
      input(s?.[2] ?? null),
      input(s?.[3] ?? null),
      input(),
      input(s?.[4] ?? null),
      wrapped(input()),
      wrapped(input()),
    ]);
  }
  const first = 5;
  const last = 4 + count;
  const rules = defaultRules();
  const columnWidths = [6, 34, 16, 16, 7, 9, 13, 36, 36];
  return {
    name: TEMPLATE_SHEETS.projects,
    rows,
    columnWidths,
    rowHeights: wrappedRowHeights(rows, columnWidths),
    freeze: { rows: 4, columns: 2 },
    print: { landscape: true, paper: 'A4', fitToWidth: true, titleRows: '4:4' },
    validations: [
      { ref: `E${first}:E${last}`, list: UNITS },
      { ref: `F${first}:F${last}`, list: rules.scale.map((b) => b.grade) },
      { ref: `G${first}:G${last}`, list: rules.futureDirections },
    ],
    gradeColours: [{ ref: `F${first}:F${last}` }],
    protect: true,
  };
}

/** The template's sheets: 施策評価, 事業実績, 評価設定 (with the evaluation period filled in). */
export function templateSheetSpecs(o: TemplateOptions): SheetSpec[] {
  const rules = defaultRules();
  rules.period = fiscalYearLabel(o.fiscalYear);
  return [policySheet(o), projectSheet(o), settingsSheetSpec(rules)];
}

/** The fiscal year that ended most recently on `today` (evaluation happens after the year closes). */
export function lastClosedFiscalYear(today: Date): number {
  return today.getMonth() >= 3 ? today.getFullYear() - 1 : today.getFullYear() - 2;
}

/**
 * The template's years from a person's words: the period evaluated ("令和6年度", "R6", "2024"; by
 * default the year that ended most recently) and the plan ("R4-R8"; by default two years either
 * side).
 * @throws UsageError (`period-unreadable`, `plan-unreadable`, `plan-invalid`, `period-outside-plan`) with a message a clerk can act on.
 */
export function templateYears(o: { period?: string | null; plan?: string | null; today: Date }): Pick<TemplateOptions, 'fiscalYear' | 'planStart' | 'planEnd'> {
  const period = o.period ? parsePeriodArg(o.period) : null;
  if (o.period && !period) throw new UsageError('period-unreadable', { value: o.period, exampleYear: 2024 });
  const fiscalYear = period?.fiscalYear ?? lastClosedFiscalYear(o.today);
  let planStart = fiscalYear - 2;
  let planEnd = fiscalYear + 2;
  if (o.plan) {
    const m = /^(.+?)[-〜~～](.+)$/.exec(o.plan);
    const a = m ? parsePeriodArg(m[1]) : null;
    const b = m ? parsePeriodArg(m[2]) : null;
    if (!a || !b || b.fiscalYear < a.fiscalYear || b.fiscalYear - a.fiscalYear > 15) throw new UsageError('plan-unreadable', { value: o.plan });
    planStart = a.fiscalYear;
    planEnd = b.fiscalYear;
  }
  return checkedYears({ fiscalYear, planStart, planEnd });
}

/**
 * The years, checked.
 * @throws UsageError (`plan-invalid`, `period-outside-plan`) when the evaluated year is outside the plan or the plan is too long.
 */
export function checkedYears<T extends Pick<TemplateOptions, 'fiscalYear' | 'planStart' | 'planEnd'>>(o: T): T {
  if (o.planEnd < o.planStart || o.planEnd - o.planStart > 15)
    throw new UsageError('plan-invalid', { start: fiscalYearLabel(o.planStart), end: fiscalYearLabel(o.planEnd) });
  if (o.fiscalYear < o.planStart || o.fiscalYear > o.planEnd)
    throw new UsageError('period-outside-plan', {
      period: fiscalYearLabel(o.fiscalYear),
      start: fiscalYearLabel(o.planStart),
      end: fiscalYearLabel(o.planEnd),
    });
  return o;
}
