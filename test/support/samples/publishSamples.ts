/**
 * The rated workbooks `evalsheet publish` is tested on (test/publish*.test.ts, the screenshots): the demo
 * workbook with the site's headings in its 評価設定, and the review's departments' submissions, each
 * graded by `evalsheet rate` into RATED/ as a city's evaluation office would have them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SheetSpec } from '../../../src/engine/model/plan';
import { buildWorkbook } from '../../../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../../../src/adapters/xlsx/files';
import { run } from '../../../src/cli/main';
import { demoWorkbookSpecs } from './demoWorkbook';
import { reviewTestSubmissions } from './submissions';

export const SAMPLE_CITY = 'みどり市';
export const SAMPLE_PLAN = '第6次みどり市総合計画';

/** The demo workbook with 自治体名 and 計画名 rows in the main section of its 評価設定 (above 評価区分). */
export function demoWithHeadings(city = SAMPLE_CITY, plan = SAMPLE_PLAN): SheetSpec[] {
  const specs = demoWorkbookSpecs();
  const settings = specs.find((s) => s.name === '評価設定')!;
  const at = settings.rows.findIndex((r) => r[0]?.value === '今後の方向性') + 1;
  settings.rows.splice(at, 0, [{ value: '自治体名' }, { value: city }], [{ value: '計画名' }, { value: plan }]);
  return specs;
}

/**
 * Writes the samples under `dir`/提出 and rates each into `dir`/評価済 (same relative paths).
 * @returns the rated folder and the rated files' paths inside it.
 */
export async function writeRatedSamples(dir: string): Promise<{ rated: string; files: string[] }> {
  const submitted = path.join(dir, '提出');
  const rated = path.join(dir, '評価済');
  const books: { path: string; specs: SheetSpec[] }[] = [
    { path: '市民生活部/施策評価_市民生活部.xlsx', specs: demoWithHeadings() },
    ...reviewTestSubmissions(),
  ];
  const files: string[] = [];
  for (const b of books) {
    const input = path.join(submitted, b.path);
    const out = path.join(rated, b.path);
    await writeWorkbookFile(buildWorkbook(b.specs), input);
    await fs.mkdir(path.dirname(out), { recursive: true });
    const printed: string[] = [];
    const code = await run(['rate', input, '-o', out], { out: (s) => printed.push(s), err: (s) => printed.push(s) }, 'ja');
    if (code === 2) throw new Error(`rate ${b.path}: ${printed.join('\n')}`);
    files.push(b.path);
  }
  return { rated, files };
}
