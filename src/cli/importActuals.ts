/**
 * `evalsheet import`: one month's actuals from another system's export (CSV in Shift_JIS or
 * UTF-8, or a workbook) into the monthly sheets of a workbook, written to another file.
 */
import * as app from '../app';
import { ImportError, type CellValue, type MonthImport } from '../engine';
import { exportRows } from '../adapters/xlsx/exportRows';
import { pct } from '../engine/model/findings';
import { readFileBytes, writeBytesFile, type WriteOptions } from '../adapters/xlsx/files';
import type { FileOutcome } from '../adapters/xlsx/filePort';
import { findingText, usageText } from './format';
import { openFile } from './shared';
import { clipText } from '../engine/model/clipText';

export class ImportUsageError extends Error {}

/** "2024-05", "2024/5", "令和6年5月", "5月", "5" → the calendar month. */
export function parseMonth(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  const m = /^(?:\d{4}[-/年.]|令和\d{1,2}年|R\d{1,2}[-/.年]?)?(\d{1,2})月?$/.exec(t);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 12 ? n : null;
}

/** The export's rows as cell values: a CSV (Shift_JIS or UTF-8) or the first sheet of a workbook. */
export async function readExport(file: string): Promise<CellValue[][]> {
  return exportRows(await readFileBytes(file), file);
}

export type ImportOutcome = MonthImport;

export async function importActuals(
  file: string,
  actuals: string,
  month: number,
  output: string,
  overwrite: boolean,
  write: WriteOptions = {},
): Promise<ImportOutcome> {
  const port = await openFile(file);
  await port.read(); // the workbook is refused before the export is read
  const table = await readExport(actuals);
  let imported: app.ImportOutcome<FileOutcome>;
  try {
    imported = await app.importActuals(port, { rows: table, month, overwrite });
  } catch (e) {
    if (e instanceof ImportError) throw new ImportUsageError(`${e.source === 'workbook' ? file : actuals}: ${usageText(e)}`);
    throw e;
  }
  await writeBytesFile(imported.applied.bytes, output, write);
  return { result: imported.result, ratings: imported.ratings };
}

export function formatImport(o: ImportOutcome, input: string, actuals: string, output: string): string {
  const { result: r } = o;
  const shown = (v: CellValue) => (v === null || v === '' ? '（空欄）' : `「${clipText(String(v))}」`);
  const lines = [`${input} + ${actuals} → ${output}：${r.month}月の実績（元のファイルは変更していません）`];
  lines.push(
    `  書き込み ${r.written.length}件、一致しない行 ${r.unmatched.length}件、数値として読めない値 ${r.unreadable.length}件、値のない指標 ${r.missing.length}件、既存の値と異なる ${r.conflicts.length}件`,
  );
  // A % cell holds the fraction: 0.655 is shown with what it means (65.5%).
  for (const w of r.written)
    lines.push(`  ${w.sheet}!${w.cell} ${clipText(w.name)}：${shown(w.before)} → ${shown(w.after)}${w.figure !== w.after ? `（${w.figure}%）` : ''}`);
  for (const u of r.unmatched)
    lines.push(
      `  一致しない行（${u.line}行目）：${clipText(`${u.id ?? ''}${u.id && u.name ? ' ' : ''}${u.name ?? ''}`)} = ${shown(u.value)}。番号か指標名を確認してください。`,
    );
  for (const m of r.missing) lines.push(`  値がありません：${m.sheet}!${m.cell} ${m.name}`);
  for (const c of r.conflicts)
    lines.push(
      `  既存の値と異なります：${c.sheet}!${c.cell} ${clipText(c.name)} ${shown(c.before)} → ${shown(c.after)}${c.overwritten ? '（置き換えました）' : '（元の値を残しました。置き換えるには --overwrite）'}`,
    );
  for (const f of r.findings) lines.push(`  警告：${findingText(f)}`);
  lines.push(`  ${r.month}月までの累計による評価：`);
  for (const g of o.ratings) {
    const src =
      g.targetSource === 'plan'
        ? '月別計画の累計'
        : g.targetSource === 'prorated'
          ? `年間目標×${g.months}/12`
          : g.targetSource === 'annual'
            ? '年間目標'
            : '目標なし';
    lines.push(
      `    ${g.name}：実績 ${g.yearToDate ?? '未入力'} / 目標 ${g.target === null ? '—' : Math.round(g.target * 100) / 100}（${src}）${g.attainment !== null ? `  ${pct(g.attainment)} → ${g.grade}` : ''}${g.band !== null ? `（設定された許容幅 ±${g.band} 以内のため目標どおりとみなしました）` : ''}${g.missingMonths.length ? `  未入力の月：${g.missingMonths.map((m) => `${m}月`).join('・')}` : ''}`,
    );
  }
  return lines.join('\n');
}
