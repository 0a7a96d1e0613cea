/**
 * The pane's 一括チェック offers the returns (差戻し) as one ZIP to download: a returned copy of each
 * submission with errors or warnings, with its findings at its cells (the 指摘事項 sheet and
 * EvalSheet's notes; src/app/returns.ts), in 差戻し/<department>/<file name>, and 差戻し一覧.csv
 * (department, reason, counts, files). The chosen files are only read. The copies are made here, in
 * the pane's thread, one after another (the review itself read each file in a web worker).
 */
import { filePort } from '../adapters/xlsx/filePort';
import { InputError } from '../adapters/xlsx/errors';
import { filesToReturn, returnedCopy, returnOutcome, type ReturnOutcome } from '../app/returns';
import { departmentCovers, departmentFolder } from '../engine/actions/returns';
import type { Review } from '../engine/actions/reviewModel';

export const RETURNS_FOLDER = '差戻し';

const csvField = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** 差戻し一覧.csv: one line per department (UTF-8 with a BOM, so Excel reads the Japanese). */
function coverCsv(outcomes: ReturnOutcome[]): string {
  const lines = [['担当部署', '差戻し理由', 'エラー', '警告', '情報', '返却するブック'].join(',')];
  for (const c of departmentCovers(outcomes))
    lines.push(
      [
        c.department,
        c.reason,
        c.counts.error,
        c.counts.warning,
        c.counts.info,
        c.files.map((f) => (f.output ? `${f.file} → ${f.output}` : `${f.file}（作れませんでした：${f.problem}）`)).join('\n'),
      ]
        .map(csvField)
        .join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The ZIP of the returned copies (null when no submission has an error or a warning), and what became of each. */
export async function returnsZip(
  review: Review,
  files: { display: string; bytes: () => Promise<Uint8Array> }[],
): Promise<{ zip: Blob | null; outcomes: ReturnOutcome[] }> {
  const toReturn = filesToReturn(review);
  if (!toReturn.length) return { zip: null, outcomes: [] };
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const used = new Set<string>();
  const outcomes: ReturnOutcome[] = [];
  for (const r of toReturn) {
    const name = r.file.split('/').pop() ?? r.file;
    const dot = name.lastIndexOf('.');
    let path = `${departmentFolder(r.department)}/${name}`;
    for (let k = 2; used.has(path); k++) path = `${departmentFolder(r.department)}/${name.slice(0, dot)}-${k}${name.slice(dot)}`;
    used.add(path);
    const source = files.find((f) => f.display === r.file);
    try {
      if (!source) throw new InputError(r.file, `${r.file}: 選んだファイルの中に見つかりません。`);
      const copy = await returnedCopy(filePort(await source.bytes(), r.file), r, { period: review.period?.label ?? null });
      zip.file(`${RETURNS_FOLDER}/${path}`, copy.applied.bytes);
      outcomes.push(returnOutcome(r, path, null));
    } catch (e) {
      outcomes.push(
        returnOutcome(r, null, e instanceof InputError ? e.message : `予期しないエラーのため作れませんでした（${e instanceof Error ? e.name : '不明'}）`),
      );
    }
  }
  zip.file(`${RETURNS_FOLDER}/差戻し一覧.csv`, coverCsv(outcomes));
  return { zip: await zip.generateAsync({ type: 'blob', compression: 'DEFLATE' }), outcomes };
}
