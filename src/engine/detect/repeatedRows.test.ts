/**
 * A row marked 再掲 repeats an indicator the workbook already lists (in another table, on another sheet): it is not
 * a second indicator. A marked row whose indicator is listed nowhere else is its only reading and stays.
 */
import { detectWorkbook } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

const tables = (firstName: string) =>
  snap('事業一覧', [
    ['【第1節】'],
    ['事業名', '単位', '目標値', '実績値', '評価'],
    [firstName, '回', 12, 10, 'B'],
    ['健康相談事業', '件', 300, 320, 'A'],
    [],
    ['【第2節】'],
    ['事業名', '単位', '目標値', '実績値', '評価'],
    ['出前講座事業（再掲）', '回', 12, 10, 'B'],
    ['食育推進事業', '人', 500, 450, 'B'],
  ]);

const names = (firstName: string) => detectWorkbook([tables(firstName)], scale).flatMap((d) => d.indicators.map((i) => [i.name, i.nameCell]));

test('a 再掲 row in a second table repeats the indicator read in the first: read once, from its own row', () => {
  expect(names('出前講座事業')).toEqual([
    ['出前講座事業', 'A3'],
    ['健康相談事業', 'A4'],
    ['食育推進事業', 'A9'],
  ]);
});

test('a 再掲 row whose indicator no other row lists stays: it is the only reading', () => {
  expect(names('地域清掃事業').map(([n]) => n)).toEqual(['地域清掃事業', '健康相談事業', '出前講座事業', '食育推進事業']);
});

test('on another sheet too: the marked sheet’s row is left out, the unmarked one kept', () => {
  const other = snap('重点事業', [
    ['事業名', '単位', '目標値', '実績値', '評価'],
    ['健康相談事業（再掲）', '件', 300, 320, 'A'],
  ]);
  const d = detectWorkbook([tables('出前講座事業'), other], scale);
  expect(d[1].indicators).toEqual([]);
  expect(d[0].indicators.map((i) => i.name)).toContain('健康相談事業');
});
