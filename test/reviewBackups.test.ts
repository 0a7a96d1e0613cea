/**
 * Issue 14: `evalsheet rate --in-place` leaves NAME.bak-YYYYMMDD-HHMMSS.xlsx beside the workbook;
 * a review of the folder must not count that copy as a submission (it would be the same
 * department twice, and flagged as a duplicate), and says in the progress that it was skipped.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cli } from './helpers/cli';
import { listSubmissions, reviewFiles } from '../src/cli/review';
import { baseWorkbook } from './support/samples/hostileWorkbooks';
import { tempDir } from './helpers/workbooks';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('evalsheet-backups-');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test('the backups rate --in-place leaves beside a submission are not submissions; the progress says they were skipped', async () => {
  const folder = path.join(dir, '提出');
  await fs.mkdir(path.join(folder, '商工部'), { recursive: true });
  const workbook = path.join(folder, '商工部', '商工部_施策評価.xlsx');
  await fs.writeFile(workbook, await baseWorkbook());
  const rated = await cli('rate', workbook, '--in-place');
  expect(rated.code).toBeLessThan(2);
  // A second copy of the same second (the -2 form) as well.
  const names = await fs.readdir(path.dirname(workbook));
  const backup = names.find((n) => /\.bak-\d{8}-\d{6}\.xlsx$/.test(n));
  expect(backup).toBeDefined();
  await fs.copyFile(path.join(path.dirname(workbook), backup!), path.join(path.dirname(workbook), backup!.replace('.xlsx', '-2.xlsx')));
  // A workbook whose own name merely contains "bak" is still a submission.
  await fs.writeFile(path.join(folder, 'bak-20240520.xlsx'), await baseWorkbook());

  const files = await listSubmissions([folder], null);
  expect(files.map((f) => f.display).sort()).toEqual(['bak-20240520.xlsx', '商工部/商工部_施策評価.xlsx']);
  const lines: string[] = [];
  const review = await reviewFiles(files, { jobs: 1, onProgress: (l) => lines.push(l) });
  expect(new Set(review.rows.map((r) => r.file))).toEqual(new Set(['bak-20240520.xlsx', '商工部/商工部_施策評価.xlsx']));
  expect(lines[0]).toBe('--in-place のバックアップ（名前が「.bak-日付-時刻」で終わるブック）2件は提出ブックではないため読み飛ばします。');
  expect(lines.filter((l) => l.includes('.bak-'))).toHaveLength(1);
});
