/** `evalsheet check --explain`: per indicator, the cell each fact was read from, its value there, and what the reading guessed. */
import { promises as fs } from 'node:fs';
import { cli } from './helpers/cli';
import { sheet, tempDir, writeXlsx } from './helpers/workbooks';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The explain lines printed under the indicator line naming `name`. */
function block(out: string, name: string): string[] {
  const lines = out.split('\n');
  const at = lines.findIndex((l) => l.startsWith('  [') && l.includes(name));
  expect(at).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > at && !l.startsWith('      '));
  return lines.slice(at + 1, end < 0 ? undefined : end);
}

test('a table: every fact with its cell and its value as written; no guess', async () => {
  const f = await writeXlsx(dir, 'table.xlsx', [
    sheet('KPI', [
      ['指標名', '単位', '基準値', '目標値', 'R4', 'R5', '評価'],
      ['相談件数', '件', 10, 30, 20, '25件', null],
      ['登録者数', '人', null, 1200, 900, 1000, 'B'],
    ]),
  ]);
  const r = await cli('check', f, '--period', 'R5', '--explain');
  expect(r.code).toBe(0);
  const first = block(r.out, '相談件数');
  expect(first).toEqual([
    expect.stringMatching(/^ {6}指標名\s+A2\s+「相談件数」$/),
    expect.stringMatching(/^ {6}単位\s+B2\s+「件」$/),
    expect.stringMatching(/^ {6}基準値\s+C2\s+10$/),
    expect.stringMatching(/^ {6}目標\s+D2\s+30$/),
    expect.stringMatching(/^ {6}実績\s+F2\s+「25件」$/),
    expect.stringMatching(/^ {6}期間の見出し\s+F1\s+「R5」$/),
    expect.stringMatching(/^ {6}評価欄\s+G2\s+（空欄）$/),
    expect.stringMatching(/^ {6}方向\s+―\s+増加が良い（記載なし：既定）$/),
    '      推測：なし（どの値も見出しどおりの位置から読みました）',
  ]);
  const second = block(r.out, '登録者数');
  expect(second[2]).toMatch(/基準値\s+―\s+見つかりません$/);
  expect(second[3]).toMatch(/目標\s+D3\s+1,200$/);
  expect(second[6]).toMatch(/評価欄\s+G3\s+「B」$/);

  const plain = await cli('check', f, '--period', 'R5');
  expect(plain.out).not.toContain('期間の見出し');
  expect(plain.out).toContain('相談件数');
});

test('actuals joined from another sheet: their cells name that sheet; a join by a similar name is said as a guess with both cells', async () => {
  const f = await writeXlsx(dir, 'joined.xlsx', [
    sheet('目標値', [
      ['ID', '指標名', '単位', 'R5'],
      ['K-01', '観光入込客数', '千人', 1330],
    ]),
    sheet('実績値', [
      ['指標名', 'R4', 'R5'],
      ['観光入込客数（延べ）', 1039, 1221],
    ]),
  ]);
  const r = await cli('check', f, '--period', 'R5', '--explain');
  const lines = block(r.out, '観光入込客数');
  expect(lines[4]).toMatch(/実績\s+実績値!C2\s+1,221$/);
  expect(lines[5]).toMatch(/期間の見出し\s+実績値!C1\s+「R5」$/);
  expect(lines[8]).toBe('      推測：目標（B2）と実績（実績値!A2）を、名称が似ているため同じ指標として読みました。同じ指標か確認してください。');

  const json = JSON.parse((await cli('check', f, '--period', 'R5', '--explain', '--json')).out);
  expect(json.indicators[0].cells).toEqual({
    name: 'B2',
    unit: 'C2',
    baseline: null,
    target: 'D2',
    actual: '実績値!C2',
    period: '実績値!C1',
    grade: null,
    direction: null,
  });
  expect(json.indicators[0].guesses).toEqual([{ reason: 'join-fuzzy', cells: ['B2', '実績値!A2'] }]);
});

test('the direction: the cell and words it was read from (a 方向 cell, a target written as a ceiling), else 評価設定 or the default', async () => {
  const f = await writeXlsx(dir, 'direction.xlsx', [
    sheet('事業', [
      ['事業名', '方向', 'R5目標', 'R5実績'],
      ['不法投棄対策事業', null, '不法投棄件数 40件以内', '不法投棄件数 32件'],
      ['ごみ減量推進事業', '↓', '1,200t', '1,150t'],
    ]),
  ]);
  const r = await cli('check', f, '--period', 'R5', '--explain');
  expect(block(r.out, '不法投棄対策事業')[7]).toMatch(/^ {6}方向\s+C2\s+「不法投棄件数 40件以内」 → 減少が良い$/);
  expect(block(r.out, 'ごみ減量推進事業')[7]).toMatch(/^ {6}方向\s+B3\s+「↓」 → 減少が良い$/);
  const json = JSON.parse((await cli('check', f, '--period', 'R5', '--json')).out);
  expect(json.indicators.map((i: { direction: string; cells: { direction: string } }) => [i.direction, i.cells.direction])).toEqual([
    ['down', 'C2'],
    ['down', 'B3'],
  ]);
});

test('the help names --explain', async () => {
  const r = await cli('check', '--help');
  expect(r.out + r.err).toContain('--explain');
});
