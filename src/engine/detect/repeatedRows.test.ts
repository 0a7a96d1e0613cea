/**
 * A row marked 再掲 repeats an indicator its sheet already lists (in another table): it is not a second indicator. A
 * marked row whose indicator its sheet lists nowhere else is that sheet's reading and stays, on another sheet too.
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

test('on another sheet it stays: that sheet (another 施策) is evaluated with it', () => {
  const other = snap('施策5-2', [
    ['事業名', '単位', '目標値', '実績値', '評価'],
    ['【再掲】健康相談事業', '件', 300, 320, 'A'],
  ]);
  const d = detectWorkbook([tables('出前講座事業'), other], scale);
  expect(d[1].indicators.map((i) => [i.name, i.nameCell])).toEqual([['健康相談事業', 'A2']]);
  expect(d[0].indicators.map((i) => i.name)).toContain('健康相談事業');
});
