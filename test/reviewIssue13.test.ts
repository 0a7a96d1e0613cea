/**
 * The evaluation office's review (issue 13): group names written with different numbering, the
 * reason for a 今後の方向性 outside the allowed words, the department read from 部局 / 担当課 labels
 * (never a period, never a period-named folder), identical submissions under two names, the status
 * shown while reading versus the sheet's, and the review sheets' look (colours, wrapping, printing).
 * The review runs in this thread on workbooks the test writes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../src/adapters/xlsx/files';
import { newWorkbookBytes } from '../src/adapters/xlsx/newWorkbook';
import { reviewData, reviewPlan, STATUS_ORDER, type Review, type SubmissionStatus } from '../src/engine';
import { renderStatus } from '../src/engine/model/reviewText';
import type { PlanCell, SheetSpec } from '../src/engine/model/plan';
import { projectSheet, type ProjectRow } from './support/samples/demoWorkbook';
import { reviewTestSubmissions } from './support/samples/submissions';
import { listSubmissions, reviewFiles } from '../src/cli/review';
import { tempDir } from './helpers/workbooks';
import { cleanUp, convert } from './helpers/libreoffice';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('evalsheet-review13-');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const project = (no: number, name: string, direction = '継続'): ProjectRow => ({
  no,
  code: `1-1-${no}`,
  name,
  summary: `${name}を実施する。`,
  previous: '実施件数 8件',
  grade: 'A',
  target: '実施件数 10件',
  actual: '実施件数 11件',
  direction,
});

/** Writes each workbook under a folder of its own and reviews the folder in this thread. */
async function review(name: string, books: { path: string; specs: SheetSpec[] }[], lines: string[] = []): Promise<Review> {
  const folder = path.join(dir, name);
  for (const b of books) await writeWorkbookFile(buildWorkbook(b.specs), path.join(folder, b.path));
  return reviewFiles(await listSubmissions([folder], null), { jobs: 1, onProgress: (l) => lines.push(l) });
}

const worst = (statuses: SubmissionStatus[]) => statuses.reduce((a, b) => (STATUS_ORDER.indexOf(a) <= STATUS_ORDER.indexOf(b) ? a : b));

test('「1 安全で…」「1.安全で…」「１．安全で…」「(1)安全で…」「第1　安全で…」 were counted as five 基本方針: one group, shown in one form', async () => {
  const forms = ['1.安全で安心なまち', '1 安全で安心なまち', '１．安全で安心なまち', '(1)安全で安心なまち', '第1　安全で安心なまち', '1.安全で安心なまち'];
  const r = await review(
    'groups',
    forms.map((policy, i) => ({
      path: `部署${i + 1}/評価.xlsx`,
      specs: [projectSheet('事業実績', { fiscal: 5, policy, rows: [project(1, `事業${i + 1}`)] })],
    })),
  );
  const safe = r.totals.byPolicy.filter((c) => c.label.includes('安全で安心なまち'));
  // The most common form, once, with every indicator.
  expect(safe.map((c) => [c.label, c.total])).toEqual([['1.安全で安心なまち', forms.length]]);
  expect(new Set(r.rows.map((x) => x.group))).toEqual(new Set(['1.安全で安心なまち']));
  // Another number is another group.
  const other = await review('groups2', [
    { path: 'a/評価.xlsx', specs: [projectSheet('事業実績', { fiscal: 5, policy: '1 安全で安心なまち', rows: [project(1, '事業1')] })] },
    { path: 'b/評価.xlsx', specs: [projectSheet('事業実績', { fiscal: 5, policy: '2 安全で安心なまち', rows: [project(1, '事業2')] })] },
  ]);
  expect(other.totals.byPolicy.map((c) => c.label)).toEqual(['1 安全で安心なまち', '2 安全で安心なまち']);
});

test("an invalid 今後の方向性 read as if the indicator's direction (上昇/減少) were wrong: the reason and message name the 今後の方向性 word, the cell and the allowed words", async () => {
  const r = await review('future', [
    { path: '企画部/評価.xlsx', specs: [projectSheet('事業実績', { fiscal: 5, policy: '1 基本方針', rows: [project(1, '移住相談事業', '検討中')] })] },
  ]);
  const row = r.rows.find((x) => x.sheet === '事業実績')!;
  expect(row.reason).not.toMatch(/向き|方向の指定/);
  expect(row.reason).toContain('今後の方向性');
  const f = reviewData(r).findings.find((x) => x.code === 'direction-keyword-invalid')!;
  expect(f.cell).toBe('G5');
  expect(f.message).toContain('G5');
  expect(f.message).toContain('「検討中」');
  expect(f.message).toContain('拡充・継続・見直し・縮小・廃止・終了');
});

/** A project sheet whose header holds the department in 部局 / 担当課 labels, beside or above its value, with 評価対象期間 next to them. */
function departmentSheet(layout: 'beside' | 'above' | 'none'): SheetSpec {
  const spec = projectSheet('事業実績', { fiscal: 5, policy: '1 基本方針', rows: [project(1, '企業訪問事業'), project(2, '創業支援事業')] });
  const c = (value: string, style?: PlanCell['style']): PlanCell => (style ? { value, style } : { value });
  const header: (PlanCell | null)[][] =
    layout === 'beside'
      ? [
          [c('部局', 'header'), c('産業振興部'), c('評価対象期間', 'header'), c('令和5年度')],
          [c('担当課', 'header'), c('商工観光課'), null, null],
        ]
      : layout === 'above'
        ? [
            [c('部局', 'header'), c('担当課', 'header'), c('評価対象期間', 'header')],
            [c('産業振興部'), c('商工観光課'), c('令和5年度')],
          ]
        : [[c('評価対象期間', 'header'), c('令和5年度')], []];
  // Title, 基本方針, the header rows, then the table.
  return { ...spec, rows: [spec.rows[0], spec.rows[1], ...header, ...spec.rows.slice(3)] };
}

test('担当部署 showed 「令和5年度」: read from 部局 / 担当課 (beside or above the value), never a period; a period-named folder is not a department', async () => {
  const r = await review('departments', [
    { path: '令和5年度/beside.xlsx', specs: [departmentSheet('beside')] },
    { path: '令和5年度/above.xlsx', specs: [departmentSheet('above')] },
    { path: '令和5年度/総務部/none.xlsx', specs: [departmentSheet('none')] },
    { path: '令和5年度/none.xlsx', specs: [departmentSheet('none')] },
  ]);
  const dept = (file: string) => r.rows.find((x) => x.file.endsWith(file))!.department;
  expect(dept('/beside.xlsx')).toBe('産業振興部 商工観光課');
  expect(dept('/above.xlsx')).toBe('産業振興部 商工観光課');
  expect(dept('総務部/none.xlsx')).toBe('総務部');
  expect(dept('年度/none.xlsx')).toBeNull();
  for (const row of r.rows) expect(row.department ?? '').not.toMatch(/年度|期間/);
  for (const c of r.totals.byDepartment) expect(c.label).not.toMatch(/年度|期間/);
});

test('identical submissions under two file names were not flagged: both files name the other, even when one was saved again', async () => {
  const specs = () => [projectSheet('事業実績', { fiscal: 5, policy: '1 基本方針', rows: [project(1, '企業訪問事業'), project(2, '創業支援事業')] })];
  const folder = path.join(dir, 'duplicates');
  await writeWorkbookFile(buildWorkbook(specs()), path.join(folder, '商工部/商工部_評価.xlsx'));
  // The same content saved again by another program run: other bytes, the same cells.
  const again = buildWorkbook(specs());
  again.creator = '別の人';
  again.modified = new Date(2020, 0, 1);
  await writeWorkbookFile(again, path.join(folder, '観光課/観光課_評価.xlsx'));
  // And saved again by LibreOffice: its own shared strings, styles and package.
  const lo = await convert([path.join(folder, '商工部/商工部_評価.xlsx')], 'xlsx');
  try {
    await fs.mkdir(path.join(folder, '総務課'));
    await fs.copyFile([...lo.outputs.values()][0][0], path.join(folder, '総務課/総務課_評価.xlsx'));
  } finally {
    await cleanUp(lo);
  }
  // One cell differs: not the same submission.
  const changed = specs();
  changed[0].rows[4][6] = { value: '【成果・効果】訪問先を見直した。\n【今後の方向性】継続' };
  await writeWorkbookFile(buildWorkbook(changed), path.join(folder, '企画部/企画部_評価.xlsx'));
  const a = await fs.readFile(path.join(folder, '商工部/商工部_評価.xlsx'));
  const b = await fs.readFile(path.join(folder, '観光課/観光課_評価.xlsx'));
  expect(a.equals(b)).toBe(false);

  const r = reviewData(await reviewFiles(await listSubmissions([folder], null), { jobs: 1 }));
  const dup = r.findings.filter((f) => f.code === 'review-duplicate-file');
  const same = ['商工部/商工部_評価.xlsx', '総務課/総務課_評価.xlsx', '観光課/観光課_評価.xlsx'];
  expect(dup.map((f) => f.file).sort()).toEqual([...same].sort());
  // Each names the others, not itself.
  for (const f of same) expect(same.map((o) => dup.find((x) => x.file === f)!.message.includes(o))).toEqual(same.map((o) => o !== f));
  expect(dup.every((f) => f.severity === 'warning')).toBe(true);
  for (const f of same) {
    const row = r.rows.find((x) => x.file === f)!;
    expect(row.status).toBe('to-check');
    expect(row.reason).toContain('他のブックと内容が同じ');
  }
  expect(r.rows.find((x) => x.file === '企画部/企画部_評価.xlsx')!.status).toBe('checked');
});

test("a file shown 確認済 while reading was 要確認 in the sheet: the status while reading is the sheet's rule, and says 暫定 where the cross-file step can still change it", async () => {
  const lines: string[] = [];
  const r = await review('status', reviewTestSubmissions(), lines);
  const final = new Map<string, SubmissionStatus[]>();
  for (const row of r.rows) final.set(row.file, [...(final.get(row.file) ?? []), row.status]);
  let provisional = 0;
  for (const [file, statuses] of final) {
    if (!statuses.length || statuses[0] === 'missing') continue;
    const line = lines.find((l) => l.includes(`] ${file} … `))!;
    // The line says the status in Japanese (its code in the rows).
    const word = /… (差戻し|読込不可|要確認|確認済)/.exec(line)![1];
    const shown = STATUS_ORDER.find((s) => renderStatus(s) === word)!;
    if (line.includes('暫定')) {
      provisional++;
      // Only a status the cross-file findings (warnings) can still lower is provisional.
      expect(shown).toBe('checked');
      expect(STATUS_ORDER.indexOf(worst(statuses))).toBeLessThanOrEqual(STATUS_ORDER.indexOf(shown));
    } else expect([file, shown]).toEqual([file, worst(statuses)]);
  }
  // 建設部 sent last year's workbook: 確認済 on its own, 要確認 once compared with the others.
  const old = lines.find((l) => l.includes('建設部/建設部_施策評価.xlsx'))!;
  expect(old).toContain('暫定');
  expect(worst(final.get('建設部/建設部_施策評価.xlsx')!)).toBe('to-check');
  expect(provisional).toBeGreaterThan(0);
});

test('review sheets are readable and printable: status and severity cells coloured per value, reasons and messages wrapped, header frozen, A4 landscape fitting the width', async () => {
  const r = await review('look', reviewTestSubmissions());
  const plan = reviewPlan(r);
  const file = path.join(dir, 'look.xlsx');
  await fs.writeFile(
    file,
    await newWorkbookBytes(
      plan.sheets.map((s) => s.spec),
      plan.scale,
    ),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  type Rule = { type: string; operator?: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } };
  const fills = (ws: ExcelJS.Worksheet, col: string) => {
    const out = new Map<string, string>();
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: Rule[] }[] }).conditionalFormattings;
    for (const cf of cfs.filter((c) => c.ref.startsWith(`${col}5:`)))
      for (const rule of cf.rules) out.set(String(rule.formulae?.[0]).replace(/"/g, ''), rule.style?.fill?.bgColor?.argb ?? '');
    return out;
  };
  const status = wb.getWorksheet('提出状況一覧')!;
  const statusFills = fills(status, 'A');
  // The sheet shows each status in Japanese (the rows carry its code).
  expect([...statusFills.keys()].sort()).toEqual(STATUS_ORDER.map((s) => renderStatus(s)).sort());
  expect(new Set(statusFills.values()).size).toBe(STATUS_ORDER.length);
  for (const v of statusFills.values()) expect(v).toMatch(/^FF[0-9A-F]{6}$/);
  const findings = wb.getWorksheet('指摘事項')!;
  const severityFills = fills(findings, 'F');
  expect([...severityFills.keys()].sort()).toEqual(['エラー', '情報', '警告'].sort());
  expect(new Set(severityFills.values()).size).toBe(3);
  // The error colour is the same on both sheets (差戻し).
  expect(severityFills.get('エラー')).toBe(statusFills.get('差戻し'));

  // Reasons and messages wrap inside a column of sensible width.
  const reasonCol = (status.getRow(4).values as unknown[]).indexOf('理由');
  expect(status.getCell(5, reasonCol).alignment?.wrapText).toBe(true);
  expect(status.getColumn(reasonCol).width).toBeGreaterThanOrEqual(30);
  expect(status.getColumn(reasonCol).width).toBeLessThanOrEqual(60);
  const messageCol = (findings.getRow(4).values as unknown[]).indexOf('内容');
  expect(findings.getCell(5, messageCol).alignment?.wrapText).toBe(true);
  expect(findings.getCell(findings.rowCount, messageCol).alignment?.wrapText).toBe(true);
  expect(findings.getColumn(messageCol).width).toBeLessThanOrEqual(70);
  // A wrapped message is given the height of its lines (Excel does not grow a row when it opens the file).
  const long: number[] = [];
  for (let r = 5; r <= findings.rowCount; r++) if (String(findings.getCell(r, messageCol).value).length > findings.getColumn(messageCol).width!) long.push(r);
  expect(long.length).toBeGreaterThan(0);
  expect(Math.min(...long.map((r) => findings.getRow(r).height ?? 0))).toBeGreaterThanOrEqual(30);

  for (const ws of [status, findings, wb.getWorksheet('評価一覧')!]) {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  }
});
