/**
 * The 評価設定 sheet: the rules as label/value rows a person can read and edit.
 *
 *   項目              | 値                      | 説明
 *   評価対象期間      | 令和5年度               | 空欄なら…
 *   評価方法          | 達成率 / 進捗率
 *   目標値            | 当該年度の目標 / 最終目標
 *   按分              | しない / する
 *   維持の許容幅(%)   | 5
 *   施策評価の集約    | 平均 / 最低
 *   未実施の評価      | D
 *   急変とみなす倍率  | 10
 *   今後の方向性      | 拡充、継続、見直し、縮小、廃止、終了
 *   評価区分 | 名称 | 下限(%) | 点数        (then one row per grade)
 *   指標の方向 | 方向                         (then one row per indicator: name | 上昇/減少/維持)
 */
import { a1 } from '../model/address';
import { finding } from '../model/findings';
import { Grid } from '../detect/grid';
import { parseDirection, type Direction } from '../values/labels';
import { wrappedRowHeights } from './layout';
import type { PlanCell, SheetSpec } from '../model/plan';
import type { SheetSnapshot } from '../model/port';
import type { Finding } from '../model/report';
import type { SettingsProblem } from '../model/findingParams';
import type { Band, Rules } from '../grading/rules';
import { compact } from '../values/text';

export const SETTINGS_SHEET = '評価設定';

const LABELS = {
  period: '評価対象期間',
  method: '評価方法',
  targetSource: '目標値',
  proRate: '按分',
  tolerance: '維持の許容幅(%)',
  rollup: '施策評価の集約',
  notImplemented: '未実施の評価',
  outlier: '急変とみなす倍率',
  futureDirections: '今後の方向性',
  scale: '評価区分',
  directions: '指標の方向',
} as const;

const METHOD = { ratio: '達成率', progress: '進捗率' } as const;
const SOURCE = { expected: '当該年度の目標', final: '最終目標' } as const;
const ROLLUP = { mean: '平均', worst: '最低' } as const;
const DIRECTION = { up: '上昇', down: '減少', maintain: '維持' } as const;

function reverse<T extends string>(m: Record<T, string>, text: string): T | null {
  const t = compact(text);
  for (const [k, v] of Object.entries(m) as [T, string][]) if (compact(v) === t || compact(k) === t) return k;
  return null;
}

const c = (value: string | number | null, style?: PlanCell['style']): PlanCell => (style ? { value, style } : { value });

/** The sheet a person edits, with the rules' current values. */
export function settingsSheetSpec(rules: Rules): SheetSpec {
  const rows: (PlanCell | null)[][] = [
    [c('EvalSheet 評価設定', 'title')],
    [c('この表の値を変えると評価の基準が変わります。項目名（A列）は変えないでください。', 'note')],
    [],
    [c('項目', 'header'), c('値', 'header'), c('説明', 'header')],
    [c(LABELS.period), c(rules.period ?? '', 'input'), c('空欄なら、シートの「評価対象期間」、なければ最新の実績の年度で評価します。例：令和5年度、R5')],
    [c(LABELS.method), c(METHOD[rules.method], 'input'), c('達成率＝実績÷目標（減少が良い指標は目標÷実績）／進捗率＝(実績−基準値)÷(目標−基準値)')],
    [
      c(LABELS.targetSource),
      c(SOURCE[rules.targetSource], 'input'),
      c('当該年度の目標：その年度の期待値・目標があればそれと比べ、なければ最終目標と比べます。'),
    ],
    [c(LABELS.proRate), c(rules.proRate ? 'する' : 'しない', 'input'), c('する：年度の目標がないとき、基準値から最終目標までを年数で按分した値と比べます。')],
    [c(LABELS.tolerance), c(Math.round(rules.tolerance * 1000) / 10, 'input'), c('方向が「維持」の指標で、目標から何％以内なら達成とみなすか。')],
    [c(LABELS.rollup), c(ROLLUP[rules.rollup], 'input'), c('施策の達成状況評価：平均＝指標の点数の平均（四捨五入）／最低＝最も低い評価')],
    [c(LABELS.notImplemented), c(rules.notImplementedGrade, 'input'), c('実績が「未実施」「未着手」のときの評価。')],
    [c(LABELS.outlier), c(rules.outlierFactor, 'input'), c('実績が前年度のこの倍数を超える（またはこの分の1を下回る）と確認を求めます。')],
    [c(LABELS.futureDirections), c(rules.futureDirections.join('、'), 'input'), c('今後の方向性として認める語を「、」で区切って入力します。')],
    [],
    [c(LABELS.scale, 'header'), c('名称', 'header'), c('下限(%)', 'header'), c('点数', 'header')],
    ...rules.scale.map((b) => [
      c(b.grade, 'input'),
      c(b.label, 'input'),
      c(b.min === null ? '' : Math.round(b.min * 10000) / 100, 'input'),
      c(b.points, 'input'),
    ]),
    [c('（上から順に判定し、達成率が下限以上なら、その区分になります。最後の区分は下限を空欄にします。）', 'note')],
    [],
    [c(LABELS.directions, 'header'), c('方向', 'header'), c('指標ごとに方向を指定します（上昇＝高いほど良い／減少＝低いほど良い／維持）。', 'note')],
    ...Object.entries(rules.directions).map(([name, d]) => [c(name, 'input'), c(DIRECTION[d], 'input')]),
    [c('', 'input'), c('', 'input')],
  ];
  // The explanations (column C) wrap, so that the sheet prints on A4 portrait, fitted to its width.
  const body = rows.map((r) => r.map((pc, i) => (pc && i === 2 && typeof pc.value === 'string' && pc.style !== 'header' ? { ...pc, wrap: true } : pc)));
  const columnWidths = [22, 32, 48, 8];
  return {
    name: SETTINGS_SHEET,
    rows: body,
    columnWidths,
    rowHeights: wrappedRowHeights(body, columnWidths),
    print: { landscape: false, paper: 'A4', fitToWidth: true },
    validations: [],
  };
}

/** Reads the 評価設定 sheet over `base`; a value it cannot use is a finding naming its cell. */
export function readSettingsSheet(snap: SheetSnapshot, base: Rules): { rules: Rules; findings: Finding[] } {
  const grid = new Grid(snap);
  const rules: Rules = JSON.parse(JSON.stringify(base)) as Rules;
  const findings: Finding[] = [];
  const badAt = (row: number, col: number) => (problem: SettingsProblem) =>
    findings.push(finding('settings-invalid', { sheet: snap.name, cell: a1(row, col), indicator: null }, problem));
  let section: 'main' | 'scale' | 'directions' = 'main';
  const scale: Band[] = [];
  let scaleStart = 0;
  for (let r = grid.top; r <= grid.bottom; r++) {
    const label = grid.text(r, 1);
    const key = compact(label);
    const value = grid.value(r, 2);
    const text = value === null ? '' : String(value).trim();
    if (key === compact(LABELS.scale)) {
      section = 'scale';
      scaleStart = r + 1;
    } else if (key === compact(LABELS.directions)) section = 'directions';
    else if (!label) {
      if (section === 'scale' && scale.length) section = 'main';
    } else if (section === 'scale') {
      if (key.startsWith('(') || key.startsWith('（')) continue;
      const band = bandOf(grid, r, label, text, badAt(r, 3));
      if (band) scale.push(band);
    } else if (section === 'directions') {
      if (!text) continue;
      const d: Direction | null = parseDirection(text);
      if (d) rules.directions[label.trim()] = d;
      else badAt(r, 2)({ variant: 'direction', indicator: label, value: text });
    } else readMainRow(rules, key, text, badAt(r, 2));
  }
  if (scale.length) {
    const problems = scaleProblems(scale);
    if (problems.length) for (const p of problems) badAt(scaleStart, 3)(p);
    else rules.scale = scale;
  }
  if (!rules.scale.some((b) => b.grade === rules.notImplementedGrade)) {
    badAt(grid.top, 2)({ variant: 'not-implemented-grade', grade: rules.notImplementedGrade });
    rules.notImplementedGrade = rules.scale[rules.scale.length - 1].grade;
  }
  return { rules, findings };
}

/** One grade row of the scale section (grade | name | lower bound % | points), or null when its bound is not a number. */
function bandOf(grid: Grid, r: number, label: string, text: string, bad: (p: SettingsProblem) => void): Band | null {
  const minRaw = grid.value(r, 3);
  const ptsRaw = grid.value(r, 4);
  const min = minRaw === null || String(minRaw).trim() === '' ? null : Number(String(minRaw).replace(/[%％]/g, ''));
  if (min !== null && !Number.isFinite(min)) {
    bad({ variant: 'band-min', grade: label, value: String(minRaw) });
    return null;
  }
  const pts = ptsRaw === null || String(ptsRaw).trim() === '' ? NaN : Number(ptsRaw);
  return { grade: label.trim(), label: text, min: min === null ? null : min / 100, points: pts };
}

/** Fills missing points (top = most) and says what keeps the scale from being used. */
function scaleProblems(scale: Band[]): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  scale.forEach((b, i) => {
    if (Number.isNaN(b.points)) b.points = scale.length - i;
    if (i < scale.length - 1 && b.min === null) problems.push({ variant: 'band-min-empty', grade: b.grade });
    if (i > 0 && b.min !== null && scale[i - 1].min !== null && b.min >= scale[i - 1].min!)
      problems.push({ variant: 'band-order', upper: scale[i - 1].grade, lower: b.grade });
  });
  return problems;
}

/** One label/value row of the main section. */
function readMainRow(rules: Rules, key: string, text: string, bad: (p: SettingsProblem) => void): void {
  switch (key) {
    case compact(LABELS.period):
      rules.period = text || null;
      break;
    case compact(LABELS.method): {
      const m = text ? reverse(METHOD, text) : null;
      if (m) rules.method = m;
      else if (text) bad({ variant: 'method', value: text });
      break;
    }
    case compact(LABELS.targetSource): {
      const m = text ? reverse(SOURCE, text) : null;
      if (m) rules.targetSource = m;
      else if (text) bad({ variant: 'target-source', value: text });
      break;
    }
    case compact(LABELS.proRate):
      if (/^(する|あり|有|yes|true|線形)$/i.test(text)) rules.proRate = true;
      else if (/^(しない|なし|無|no|false|)$/i.test(text)) rules.proRate = false;
      else bad({ variant: 'pro-rate', value: text });
      break;
    case compact(LABELS.tolerance): {
      const n = Number(text.replace(/[%％]/g, ''));
      if (text && Number.isFinite(n) && n >= 0 && n <= 100) rules.tolerance = n / 100;
      else if (text) bad({ variant: 'tolerance', value: text });
      break;
    }
    case compact(LABELS.rollup): {
      const m = text ? reverse(ROLLUP, text) : null;
      if (m) rules.rollup = m;
      else if (text) bad({ variant: 'rollup', value: text });
      break;
    }
    case compact(LABELS.notImplemented):
      if (text) rules.notImplementedGrade = text;
      break;
    case compact(LABELS.outlier): {
      const n = Number(text);
      if (text && Number.isFinite(n) && n > 1) rules.outlierFactor = n;
      else if (text) bad({ variant: 'outlier', value: text });
      break;
    }
    case compact(LABELS.futureDirections): {
      const words = text
        .split(/[、,，・/／\s]+/)
        .map((w) => w.trim())
        .filter(Boolean);
      if (words.length) rules.futureDirections = words;
      break;
    }
    default:
      break;
  }
}
