/** The readable report the command prints. */
import type { Finding, IndicatorReport, Report } from '../engine/model/report';
import { STATUS_ORDER, type Review } from '../engine/actions/review';
import { renderRowReason, renderStatus } from '../engine/model/reviewText';
import type { CellWrite } from '../engine/model/plan';
import type { BlockedGrade } from '../engine/actions/rate';
import type { RollKind, RollResult } from '../engine/actions/roll';
import { finding, num, pct as percent, severityCounts } from '../engine/model/findings';
import { JA_CLI, renderFinding } from '../engine/model/findingText';
import type { UsageError } from '../engine/model/errors';
import { renderUsage } from '../engine/model/usageText';
import type { FactAsRead, FactName } from '../engine/actions/explain';

const SEVERITY_JA = { error: 'エラー', warning: '警告', info: '情報' } as const;
const SOURCE_JA = { option: '--period で指定', settings: '評価設定', sheet: 'シートの記載', 'latest-actual': '最新の実績' } as const;
const TARGET_JA = { expected: '当該年度', final: '最終目標', prorated: '按分' } as const;
const STATUS_JA: Record<string, string> = {
  missing: '未入力',
  pending: '集計中',
  'not-applicable': '該当なし',
  'not-implemented': '未実施',
  error: 'エラー',
  unparseable: '読取不可',
};

function n(x: number | null): string {
  return x === null ? '―' : num(x);
}

function pct(x: number | null): string {
  return x === null ? '' : percent(x);
}

function indicatorLine(i: IndicatorReport): string {
  const id = i.id ? `${i.id}. ` : '';
  let figures: string;
  if (i.measures) figures = i.measures.map((m) => `${m.label} ${n(m.actual)}/${n(m.target)}${m.unit ?? ''}`).join('、');
  else {
    const notFinal = i.actualStatus === 'provisional' ? '（暫定値）' : i.actualStatus === 'approximate' ? '（概数）' : null;
    const actual = i.actualStatus === 'value' || notFinal ? `${n(i.actual)}${i.unit ?? ''}${notFinal ?? ''}` : (STATUS_JA[i.actualStatus] ?? i.actualStatus);
    figures = `実績 ${actual} / 目標 ${n(i.target)}${i.target !== null && i.unit ? i.unit : ''}${i.targetSource ? `（${TARGET_JA[i.targetSource]}）` : ''}`;
  }
  const dir = i.direction === 'down' ? ' [減少が良い]' : i.direction === 'maintain' ? ' [維持]' : '';
  const grade = i.grade === null ? '評価なし' : i.gradeProvisional ? `${i.grade}（暫定）` : i.grade;
  const written = i.existingGrade && i.existingGrade !== i.grade ? `（記入 ${i.existingGrade}）` : '';
  return `  [${i.sheet}] ${id}${i.name}${dir}  ${figures}  ${pct(i.attainment)} → ${grade}${written}`;
}

/** A finding's text for the command line: Japanese, naming the command's flags where a message says how to set something. */
export function findingText(f: Finding): string {
  return renderFinding(f, JA_CLI);
}

/** A usage error's text for the command line: its `.message` is Excel's wording; this one names --rules and --period where it says how to fix it. */
export function usageText(e: UsageError): string {
  return renderUsage(e, JA_CLI);
}

export function findingLine(f: Finding): string {
  const where = [f.sheet, f.cell].filter(Boolean).join('!');
  return `  ${SEVERITY_JA[f.severity]} ${where ? `${where} ` : ''}${f.indicator ? `「${f.indicator}」 ` : ''}${findingText(f)} [${f.code}]`;
}

const FACT_JA: Record<FactName, string> = {
  name: '指標名',
  unit: '単位',
  baseline: '基準値',
  target: '目標',
  actual: '実績',
  period: '期間の見出し',
  grade: '評価欄',
  direction: '方向',
};

const WAY_JA: Record<IndicatorReport['direction'], string> = { up: '増加が良い', down: '減少が良い', maintain: '維持' };

/** The direction's line: the cell and words it was read from, and the way read; with no cell, whether 評価設定 or nothing (the default) gave it. */
function directionLine(i: IndicatorReport, cell: string | null, value: FactAsRead['value'], fromSettings: boolean): string {
  if (cell) return `${asRead(value)} → ${WAY_JA[i.direction]}`;
  const from = fromSettings ? '評価設定' : i.direction === 'up' ? '記載なし：既定' : 'シート上の注記・コメント';
  return `${WAY_JA[i.direction]}（${from}）`;
}

function asRead(v: FactAsRead['value']): string {
  if (v === null || v === '') return '（空欄）';
  return typeof v === 'number' ? num(v) : `「${String(v).replace(/\s*\n\s*/g, ' ')}」`;
}

/** Columns a terminal gives the text: two for a full-width character. */
function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return n;
}

const padTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - columns(text)));

/** `check --explain`: the cell each fact of the indicator was read from and its value there, then what the reading guessed. */
function explainLines(i: IndicatorReport, facts: FactAsRead[], period: string | null, fromSettings = false): string[] {
  const width = Math.max(...facts.map((f) => columns(f.cell ?? '―')));
  const lines = facts.map(({ fact, cell, value }) => {
    const label = padTo(FACT_JA[fact], 12);
    if (fact === 'direction') return `      ${label} ${padTo(cell ?? '―', width)}  ${directionLine(i, cell, value, fromSettings)}`;
    if (!cell) return `      ${label} ${padTo('―', width)}  ${value === null || value === '' ? '見つかりません' : `${asRead(value)}（セルなし）`}`;
    return `      ${label} ${padTo(cell, width)}  ${asRead(value)}`;
  });
  for (const g of i.guesses) {
    const f = finding('reading-uncertain', { sheet: i.sheet, cell: g.cells[0] ?? null, indicator: i.name }, { variant: 'guess', ...g, period });
    lines.push(`      推測：${findingText(f)}`);
  }
  if (!i.guesses.length) lines.push('      推測：なし（どの値も見出しどおりの位置から読みました）');
  return lines;
}

/** `facts`: with --explain, per indicator (in the report's order) the cells its facts were read from. */
export function formatReport(r: Report, facts?: FactAsRead[][]): string {
  const lines: string[] = [];
  const period = r.period ? `評価対象期間：${r.period.label}（${SOURCE_JA[r.period.source]}）` : '評価対象期間：不明';
  lines.push(`■ ${r.file ?? 'ブック'}　${period}`);
  const grades = r.rules.scale.map((b) => `${b.grade} ${r.counts[b.grade] ?? 0}`).join(' / ');
  lines.push(`  指標 ${r.indicators.length}件：${grades} / 評価なし ${r.counts.none ?? 0}`);
  for (const g of r.groups) {
    const prev = g.previousGrade ? `（前年度 ${g.previousGrade}）` : '';
    const written = g.existingGrade ? `、記入 ${g.existingGrade}` : g.cell ? `、${g.cell} は空欄` : '';
    lines.push(`  施策の達成状況評価 [${g.sheet}] ${g.name}：${g.grade ?? '評価なし'}${prev}${written}`);
  }
  r.indicators.forEach((i, k) => {
    lines.push(indicatorLine(i));
    if (facts?.[k]) lines.push(...explainLines(i, facts[k], r.period?.label ?? null, !!r.rules.directions[i.name]));
  });
  const c = severityCounts(r.findings);
  lines.push(`  指摘：エラー ${c.error} / 警告 ${c.warning} / 情報 ${c.info}`);
  for (const f of r.findings) lines.push(findingLine(f));
  return lines.join('\n');
}

export function formatChanges(cells: CellWrite[], sheets: string[], existed: (name: string) => boolean): string {
  const lines: string[] = [];
  for (const w of cells) {
    const before = w.previous === null || w.previous === '' ? '（空欄）' : `「${String(w.previous)}」`;
    lines.push(`  ${w.sheet}!${w.cell}: ${before} → ${w.value}（${w.kind === 'group-grade' ? '達成状況評価' : '評価'}：${w.indicator ?? ''}）`);
  }
  for (const s of sheets) lines.push(existed(s) ? `  シート「${s}」を作り直しました（前回の内容は置き換え）` : `  シート「${s}」を追加しました`);
  if (!lines.length) lines.push('  変更はありません');
  return lines.join('\n');
}

/** The grade cells protection kept the run from writing, one line each, and why. */
export function formatBlocked(blocked: BlockedGrade[]): string {
  const lines = [`  書き込まなかった評価 ${blocked.length}件（シートが保護され、セルがロックされているため）：`];
  for (const b of blocked) lines.push(`    ${b.sheet}!${b.cell}: ${b.grade}（${b.subject}）`);
  lines.push('  書き込むには、そのシートの保護を解除するか、評価のセルのロックを外してから、もう一度実行してください。');
  return lines.join('\n');
}

/** The review's short text: counts per status, the submissions to act on, where the workbook went. */
export function formatReview(review: Review, output: string | null): string {
  const lines: string[] = [];
  const f = review.files;
  lines.push(`提出ブックの一括チェック（評価対象期間：${review.period?.label ?? '不明'}）`);
  lines.push(`  読み込んだブック ${f.read}件、読み込めなかったブック ${f.unreadable}件、未提出 ${f.missing}件`);
  lines.push(`  状況：${STATUS_ORDER.map((s) => `${renderStatus(s)} ${review.totals.byStatus[s]}`).join('、')}（ブック×シート）`);
  const o = review.totals.overall;
  lines.push(`  指標 ${o.total}件：${review.grades.map((g) => `${g.grade} ${o.counts[g.grade] ?? 0}`).join('、')}、評価なし ${o.counts.none ?? 0}`);
  const act = review.rows.filter((r) => r.status !== 'checked' && r.status !== 'to-check');
  if (act.length) {
    lines.push('', '差戻し・読込不可・未提出：');
    for (const r of act)
      lines.push(
        `  ${renderStatus(r.status)}  ${r.department ?? '（担当部署不明）'}  ${r.file}${r.sheet ? ` [${r.sheet}]` : ''}  ${renderRowReason(r.why, JA_CLI)}`,
      );
  }
  if (output) lines.push('', `結果のブック：${output}（提出状況一覧・指摘事項・評価一覧・集計）`);
  return lines.join('\n');
}

const ROLL_KIND: Record<RollKind, string> = {
  period: '年度',
  'grade-moved': '前年度評価へ',
  'grade-cleared': '評価を空欄に',
  'narrative-cleared': '記述を空欄に',
  'actual-moved': '前年度の実績へ',
  'actual-cleared': '実績を空欄に',
};

/** The roll's change list: every cell, before and after, grouped by sheet; then the findings. */
export function formatRoll(r: RollResult, input: string, output: string): string {
  const lines = [`${input} → ${output}：評価対象期間 ${r.from.label} → ${r.to.label}（元のファイルは変更していません）`];
  const shown = (v: unknown) => (v === null || v === '' ? '（空欄）' : `「${String(v).replace(/\n/g, '⏎').slice(0, 40)}」`);
  for (const c of r.changes)
    lines.push(`  ${c.sheet}!${c.cell} [${ROLL_KIND[c.kind]}] ${shown(c.before)} → ${shown(c.after)}${c.subject ? `（${c.subject}）` : ''}`);
  if (!r.changes.length) lines.push('  変更するセルはありませんでした');
  for (const sh of r.plan.sheets) lines.push(`  シート「${sh.spec.name}」を${r.to.label}の内容で作り直しました（評価はまだありません）`);
  for (const f of r.findings) lines.push(`  ${f.severity === 'info' ? '情報' : '警告'}：${findingText(f)}`);
  lines.push(`  変更 ${r.changes.length}件、指摘 ${r.findings.length}件`);
  return lines.join('\n');
}
