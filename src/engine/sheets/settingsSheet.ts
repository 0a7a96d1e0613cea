/**
 * The 評価設定 sheet: the rules as label/value rows a person can read and edit.
 *
 *   項目              | 値                      | 説明
 *   評価対象期間      | 令和5年度               | 空欄なら…
 *   評価方法          | 達成率 / 進捗率
 *   目標値            | 当該年度の目標 / 最終目標
 *   按分              | しない / する
 *   維持の許容幅(%)   | 5
 *   ％の指標の許容幅(ポイント) | 2 / 空欄
 *   施策評価の集約    | 平均 / 最低
 *   平均の端数        | 四捨五入 / 切り捨て / 切り上げ
 *   未実施の評価      | D
 *   急変とみなす倍率  | 10
 *   今後の方向性      | 拡充、継続、見直し、縮小、廃止、終了
 *   評価区分 | 名称 | 下限(%) | 点数        (then one row per grade, best first: A–D, S–D, ◎○△×, …)
 *   指標の方向 | 方向 | 許容幅(±)           (then one row per indicator: name | 上昇/減少/維持 | 2)
 */
import { a1 } from '../model/address';
import { finding } from '../model/findings';
import { Grid } from '../detect/grid';
import { isStatedPeriodLabel } from '../detect/metaLines';
import { parseDirection, type Direction } from '../values/labels';
import { parsePeriodArg } from '../values/periods';
import { wrappedRowHeights } from './layout';
import type { PlanCell, SheetSpec } from '../model/plan';
import type { CellValue, SheetSnapshot } from '../model/port';
import type { Finding } from '../model/report';
import type { SettingsProblem } from '../model/findingParams';
import type { Band, Rules } from '../grading/rules';
import { compact } from '../values/text';
import { isLayoutSectionHeading, layoutSectionRows } from './layoutSettings';
import type { TaughtLayout } from '../detect/taughtLayout';

export const SETTINGS_SHEET = '評価設定';

const LABELS = {
  period: '評価対象期間',
  method: '評価方法',
  targetSource: '目標値',
  proRate: '按分',
  tolerance: '維持の許容幅(%)',
  surveyTolerance: '％の指標の許容幅(ポイント)',
  rollup: '施策評価の集約',
  rounding: '平均の端数',
  notImplemented: '未実施の評価',
  outlier: '急変とみなす倍率',
  futureDirections: '今後の方向性',
  scale: '評価区分',
  directions: '指標の方向',
} as const;

const METHOD = { ratio: '達成率', progress: '進捗率' } as const;
const SOURCE = { expected: '当該年度の目標', final: '最終目標' } as const;
const ROLLUP = { mean: '平均', worst: '最低' } as const;
const ROUNDING = { 'half-up': '四捨五入', down: '切り捨て', up: '切り上げ' } as const;
const DIRECTION = { up: '上昇', down: '減少', maintain: '維持' } as const;

function reverse<T extends string>(m: Record<T, string>, text: string): T | null {
  const t = compact(text);
  for (const [k, v] of Object.entries(m) as [T, string][]) if (compact(v) === t || compact(k) === t) return k;
  return null;
}

const c = (value: string | number | null, style?: PlanCell['style']): PlanCell => (style ? { value, style } : { value });

/** One row per indicator with a direction or a tolerance band set. */
function indicatorRows(rules: Rules): [string, Direction | undefined, number | undefined][] {
  const names = [...new Set([...Object.keys(rules.directions), ...Object.keys(rules.tolerances)])];
  return names.map((n) => [n, rules.directions[n], rules.tolerances[n]]);
}

/** The sheet a person edits, with the rules' current values. */
export function settingsSheetSpec(rules: Rules, layout?: TaughtLayout | null): SheetSpec {
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
    [
      c(LABELS.surveyTolerance),
      c(rules.surveyTolerance ?? '', 'input'),
      c('単位が％・ポイントの指標（満足度などの調査、率）で、目標との差がこのポイント以内なら達成（維持の指標は維持）とみなします。空欄なら使いません。'),
    ],
    [c(LABELS.rollup), c(ROLLUP[rules.rollup], 'input'), c('施策の達成状況評価：平均＝指標の点数の平均／最低＝最も低い評価')],
    [c(LABELS.rounding), c(ROUNDING[rules.rollupRounding], 'input'), c('平均の点数の端数の扱い：四捨五入／切り捨て／切り上げ')],
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
    [
      c(
        '（上から順に判定し、達成率が下限以上なら、その区分になります。最後の区分は下限を空欄にします。区分は増やしても減らしても、記号を S・◎ などに変えてもかまいません。点数が空欄なら下の区分ほど1点ずつ少なくなります。）',
        'note',
      ),
    ],
    [],
    [c(LABELS.directions, 'header'), c('方向', 'header'), c('許容幅(±)', 'header')],
    [
      c(
        '（指標ごとに方向（上昇＝高いほど良い／減少＝低いほど良い／維持）と、目標との差を達成とみなす幅（指標の単位。％の指標ではポイント）を指定できます。）',
        'note',
      ),
    ],
    ...indicatorRows(rules).map(([name, d, band]) => [c(name, 'input'), c(d ? DIRECTION[d] : '', 'input'), c(band ?? '', 'input')]),
    [c('', 'input'), c('', 'input'), c('', 'input')],
    ...layoutSectionRows(layout),
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

type Bad = (problem: SettingsProblem) => void;

/** A grade row as read, with the row it came from (for a finding naming its cell). */
interface ReadBand extends Band {
  row: number;
  pointsStated: boolean;
}

/** Reads the 評価設定 sheet over `base`; a value it cannot use is a finding naming its cell. */
export function readSettingsSheet(snap: SheetSnapshot, base: Rules): { rules: Rules; findings: Finding[] } {
  const grid = new Grid(snap);
  const rules: Rules = JSON.parse(JSON.stringify(base)) as Rules;
  const findings: Finding[] = [];
  const badAt =
    (row: number, col: number): Bad =>
    (problem) =>
      findings.push(finding('settings-invalid', { sheet: snap.name, cell: a1(row, col), indicator: null }, problem));
  let section: 'main' | 'scale' | 'directions' | 'layout' = 'main';
  const scale: ReadBand[] = [];
  let scaleHeader = 0;
  let notImplementedRow = 0;
  let unreadBands = 0;
  for (let r = grid.top; r <= grid.bottom; r++) {
    const label = grid.text(r, 1);
    const key = compact(label);
    const value = grid.value(r, 2);
    const text = value === null ? '' : String(value).trim();
    if (key === compact(LABELS.scale)) {
      section = 'scale';
      scaleHeader = r;
    } else if (key === compact(LABELS.directions)) section = 'directions';
    // The taught layout (layoutSettings.ts) is read by the check, not here.
    else if (isLayoutSectionHeading(label) || (section === 'layout' && label)) section = 'layout';
    else if (section === 'layout') section = 'main';
    else if (!label) {
      if (section === 'scale' && scale.length) section = 'main';
    } else if (key.startsWith('(') || key.startsWith('（')) continue;
    else if (section === 'scale') {
      const band = bandOf(grid, r, label, text, badAt);
      if (band) scale.push(band);
      else unreadBands++;
    } else if (section === 'directions') readIndicatorRow(rules, label.trim(), text, grid.value(r, 3), badAt(r, 2), badAt(r, 3));
    else {
      if (key === compact(LABELS.notImplemented)) notImplementedRow = r;
      // The period under any label a sheet states it with (評価対象年度, 評価年度, 対象年度) when it reads as one: a stated period, not a guess.
      const periodRow = key !== compact(LABELS.period) && isStatedPeriodLabel(label) && parsePeriodArg(text) !== null;
      readMainRow(rules, periodRow ? compact(LABELS.period) : key, text, badAt(r, 2));
    }
  }
  // A grade row that cannot be read (its finding said so) keeps the whole scale from being used.
  if (scaleHeader && !unreadBands) useScale(rules, scale, scaleHeader, badAt);
  if (!rules.scale.some((b) => b.grade === rules.notImplementedGrade)) {
    badAt(notImplementedRow || grid.top, 2)({ variant: 'not-implemented-grade', grade: rules.notImplementedGrade });
    rules.notImplementedGrade = rules.scale[rules.scale.length - 1].grade;
  }
  return { rules, findings };
}

/** One indicator row: its direction (B) and its tolerance band (C), either may be empty. */
function readIndicatorRow(rules: Rules, name: string, text: string, bandRaw: CellValue | null, badDirection: Bad, badBand: Bad): void {
  if (text) {
    const d: Direction | null = parseDirection(text);
    if (d) rules.directions[name] = d;
    else badDirection({ variant: 'direction', indicator: name, value: text });
  }
  const bandText = bandRaw === null ? '' : String(bandRaw).trim();
  if (!bandText) return;
  const n = Number(bandText.replace(/^[±+＋]/, '').replace(/(ポイント|pt|[%％])$/i, ''));
  if (Number.isFinite(n) && n >= 0) rules.tolerances[name] = n;
  else badBand({ variant: 'indicator-tolerance', indicator: name, value: bandText });
}

/** One grade row of the scale section (grade | name | lower bound % | points), or null when a number cannot be read. */
function bandOf(grid: Grid, r: number, label: string, text: string, badAt: (row: number, col: number) => Bad): ReadBand | null {
  const minRaw = grid.value(r, 3);
  const ptsRaw = grid.value(r, 4);
  const minText = minRaw === null ? '' : String(minRaw).trim();
  const min = minText === '' ? null : Number(minText.replace(/[%％]|以上$/g, ''));
  if (min !== null && !Number.isFinite(min)) {
    badAt(r, 3)({ variant: 'band-min', grade: label, value: minText });
    return null;
  }
  const ptsText = ptsRaw === null ? '' : String(ptsRaw).trim();
  const pts = ptsText === '' ? NaN : Number(ptsText.replace(/点$/, ''));
  if (ptsText !== '' && !Number.isFinite(pts)) {
    badAt(r, 4)({ variant: 'band-points', grade: label, value: ptsText });
    return null;
  }
  return { grade: label.trim(), label: text, min: min === null ? null : min / 100, points: pts, row: r, pointsStated: ptsText !== '' };
}

/** Uses the grade rows read when they make a scale; otherwise each problem names its cell and the rules keep theirs. */
function useScale(rules: Rules, scale: ReadBand[], header: number, badAt: (row: number, col: number) => Bad): void {
  const problems: [number, number, SettingsProblem][] = [];
  if (scale.length < 2) problems.push([header, 1, { variant: 'scale-too-short', count: scale.length }]);
  const seen = new Set<string>();
  scale.forEach((b, i) => {
    if (!b.pointsStated) b.points = scale.length - i;
    if (seen.has(b.grade)) problems.push([b.row, 1, { variant: 'grades-repeat', grade: b.grade }]);
    seen.add(b.grade);
    const above = scale[i - 1];
    if (i < scale.length - 1 && b.min === null) problems.push([b.row, 3, { variant: 'band-min-empty', grade: b.grade }]);
    if (above && b.min !== null && above.min !== null && b.min >= above.min)
      problems.push([b.row, 3, { variant: 'band-order', upper: above.grade, lower: b.grade }]);
    if (above && b.points >= above.points) problems.push([b.row, 4, { variant: 'band-points-order', upper: above.grade, lower: b.grade }]);
  });
  for (const [row, col, p] of problems) badAt(row, col)(p);
  if (!problems.length && scale.length) rules.scale = scale.map(({ grade, label, min, points }) => ({ grade, label, min, points }));
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
    case compact(LABELS.rounding): {
      const m = text ? reverse(ROUNDING, text) : null;
      if (m) rules.rollupRounding = m;
      else if (text) bad({ variant: 'rounding', value: text });
      break;
    }
    case compact(LABELS.surveyTolerance): {
      const n = Number(text.replace(/^[±+＋]/, '').replace(/(ポイント|pt)$/i, ''));
      if (!text) rules.surveyTolerance = null;
      else if (Number.isFinite(n) && n >= 0) rules.surveyTolerance = n;
      else bad({ variant: 'survey-tolerance', value: text });
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
