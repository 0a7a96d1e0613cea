/**
 * The review workbook's 差戻し sheet (review --return): one row per department whose workbooks go
 * back, with the files returned (and where), the counts by severity, and why in words. Made anew on
 * every review.
 */
import { a1 } from '../model/address';
import type { PlanCell, SheetSpec } from '../model/plan';
import type { Severity } from '../model/report';
import { wrappedRowHeights } from './layout';

export const RETURNS_SHEET = '差戻し';

/** A returned file as the cover lists it. */
export interface CoverFile {
  file: string;
  /** Where its copy was written, relative to the returns folder; null when it could not be. */
  output: string | null;
  problem: string | null;
}

export interface DepartmentCover<F extends CoverFile = CoverFile> {
  department: string;
  files: F[];
  counts: Record<Severity, number>;
  /** 差戻し理由: the findings counted by kind, errors first. */
  reason: string;
}

const HEADER_ROW = 4;
const t = (value: string | number | null, style?: PlanCell['style']): PlanCell => (style ? { value, style } : { value });
const w = (value: string): PlanCell => ({ value, style: 'text', wrap: true });

function filesText(files: CoverFile[]): string {
  return files.map((f) => (f.output ? `${f.file} → ${f.output}` : `${f.file}（返却用のコピーを作れませんでした：${f.problem ?? '理由不明'}）`)).join('\n');
}

/** The sheet: title, what it is, the header on row 4 and one row per department (or 「差し戻すブックはありません」). */
export function returnsSheetSpec(covers: DepartmentCover[], o: { period: string | null; folder: string }): SheetSpec {
  const headers = ['担当部署', '差戻し理由', 'エラー', '警告', '情報', '返却するブック（返却用のコピー）'];
  const columnWidths = [18, 48, 7, 7, 7, 60];
  const files = covers.reduce((n, c) => n + c.files.length, 0);
  const rows: (PlanCell | null)[][] = [
    [t(`${RETURNS_SHEET}（評価対象期間：${o.period ?? '不明'}）`, 'title')],
    [
      t(
        `エラーか警告のあるブック ${files}件を、担当部署ごとのフォルダー（${o.folder}）に返却用のコピーとして書き出しました（指摘事項のシートと、指摘のあるセルのメモ入り）。提出されたブックは変更していません。`,
        'note',
      ),
    ],
    [],
    headers.map((h) => t(h, 'header')),
  ];
  for (const c of covers)
    rows.push([w(c.department), w(c.reason), t(c.counts.error, 'number'), t(c.counts.warning, 'number'), t(c.counts.info, 'number'), w(filesText(c.files))]);
  const spec: SheetSpec = {
    name: RETURNS_SHEET,
    rows,
    columnWidths,
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: { landscape: true, paper: 'A4', fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}` },
  };
  if (!covers.length) {
    rows.push([t('差し戻すブックはありません', 'text')]);
    return spec;
  }
  spec.rowHeights = wrappedRowHeights(rows, columnWidths);
  spec.table = { name: 'EvalSheetReturns', ref: `A${HEADER_ROW}:${a1(rows.length, headers.length)}` };
  return spec;
}
