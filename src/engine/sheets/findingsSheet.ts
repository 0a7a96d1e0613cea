/**
 * The 指摘事項 sheet a rated workbook carries (evalsheet rate --findings / --notes, the pane's Grade):
 * one row per finding with its sheet, its cell (a link to it), indicator, code, severity and message,
 * and, when notes were asked for, what became of the note on that cell. EvalSheet's own: remade on
 * every run; 「指摘はありません」 when the check found nothing.
 */
import { a1 } from '../model/address';
import type { FindingNoteStatus } from '../model/cellNotes';
import type { PlanCell, SheetSpec, ValueColours } from '../model/plan';
import type { WorkbookSnapshot } from '../model/port';
import type { FindingBase, Severity } from '../model/report';
import { wrappedRowHeights } from './layout';

export const FINDINGS_SHEET = '指摘事項';

export const SEVERITY_WORDS: Record<Severity, string> = { error: 'エラー', warning: '警告', info: '情報' };
const SEVERITY_COLOURS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: 'FFC7CE', font: '9C0006' },
  warning: { fill: 'FFEB9C', font: '9C5700' },
  info: { fill: 'DDEBF7', font: '1F4E78' },
};

/** What the メモ column says of each outcome. */
export function noteStatusText(status: FindingNoteStatus, sheet: string | null): string {
  switch (status) {
    case 'written':
      return 'メモを書きました';
    case 'person-note':
      return 'このセルには人が書いたメモがあるため、メモを書いていません（そのメモは変更していません）';
    case 'protected':
      return `シート「${sheet ?? ''}」が保護されているため、メモを書いていません`;
    case 'no-cell':
      return 'セルを示さない指摘のため、メモはありません';
  }
}

export interface FindingRow {
  finding: FindingBase;
  /** The finding's sheet and cell when both are in the workbook (the row links to it), else null. */
  at: { sheet: string; cell: string } | null;
  /** What became of its note; absent when notes were not asked for. */
  note?: FindingNoteStatus;
}

export interface FindingsSheetInput {
  file: string | null;
  period: string | null;
  rows: FindingRow[];
  /** Notes were asked for (the メモ column is shown). */
  notes: boolean;
}

const HEADER_ROW = 4;
const t = (value: string | number | null, style?: PlanCell['style']): PlanCell => (style ? { value, style } : { value });
const w = (value: string | null): PlanCell => ({ value, style: 'text', wrap: true });

function headLine(input: FindingsSheetInput): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of input.rows) counts[r.finding.severity]++;
  const what = `指摘 ${input.rows.length}件（エラー ${counts.error}件、警告 ${counts.warning}件、情報 ${counts.info}件）。`;
  const notes = input.notes
    ? 'EvalSheet が書いたメモ（「【EvalSheet】」で始まるもの）は、次に評価したとき、直った指摘の分が消えます。人が書いたメモは変更しません。'
    : '';
  return `${what}EvalSheet が評価のときに作成したシートです。再実行すると作り直すため、このシートには書き込まないでください。${notes}`;
}

function findingRow(r: FindingRow, notes: boolean): PlanCell[] {
  const f = r.finding;
  const cell: PlanCell = r.at ? { value: r.at.cell, style: 'link', link: r.at } : t(f.cell ?? '', 'text');
  const row = [t(f.sheet ?? '', 'text'), cell, w(f.indicator), t(f.code, 'text'), t(SEVERITY_WORDS[f.severity], 'text'), w(f.message)];
  if (notes) row.push(w(r.note ? noteStatusText(r.note, f.sheet) : ''));
  return row;
}

/** The sheet's spec: title, a line of counts, the header on row 4, one row per finding (or 「指摘はありません」). */
export function findingsSheetSpec(input: FindingsSheetInput): SheetSpec {
  const title = `${FINDINGS_SHEET}（${input.file ? `${input.file}、` : ''}評価対象期間：${input.period ?? '不明'}）`;
  const headers = ['シート', 'セル', '指標', 'コード', '重要度', '内容', ...(input.notes ? ['メモ'] : [])];
  const columnWidths = [14, 8, 24, 22, 7, 64, ...(input.notes ? [30] : [])];
  const rows: (PlanCell | null)[][] = [[t(title, 'title')], [t(headLine(input), 'note')], [], headers.map((h) => t(h, 'header'))];
  for (const r of input.rows) rows.push(findingRow(r, input.notes));
  const spec: SheetSpec = {
    name: FINDINGS_SHEET,
    rows,
    columnWidths,
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: { landscape: true, paper: 'A4', fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}` },
  };
  if (!input.rows.length) {
    rows.push([t('指摘はありません', 'text')]);
    return spec;
  }
  spec.rowHeights = wrappedRowHeights(rows, columnWidths);
  spec.table = { name: 'EvalSheetFindings', ref: `A${HEADER_ROW}:${a1(rows.length, headers.length)}` };
  const severity: ValueColours = {
    ref: `E${HEADER_ROW + 1}:E${rows.length}`,
    colours: (Object.keys(SEVERITY_WORDS) as Severity[]).map((s) => ({ value: SEVERITY_WORDS[s], ...SEVERITY_COLOURS[s] })),
  };
  spec.valueColours = [severity];
  return spec;
}

/**
 * Whether a run may make the 指摘事項 sheet: `absent` or `own` (one EvalSheet made: its title and
 * header where this module puts them) it may; `protected` or `foreign` (a sheet of that name a person
 * made, or the review's findings list written into this workbook) it leaves as it is.
 */
export function findingsSheetState(snapshot: WorkbookSnapshot): 'absent' | 'own' | 'protected' | 'foreign' {
  const s = snapshot.sheets.find((x) => x.name === FINDINGS_SHEET);
  if (!s) return 'absent';
  if (s.protected) return 'protected';
  const at = (r: number, c: number) => (s.top === 1 && s.left === 1 ? s.values[r]?.[c] : undefined);
  const title = at(0, 0);
  return typeof title === 'string' && title.startsWith(`${FINDINGS_SHEET}（`) && at(3, 0) === 'シート' && at(3, 1) === 'セル' ? 'own' : 'foreign';
}
