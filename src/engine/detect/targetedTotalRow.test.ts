import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Line = (string | number | null)[];
const M = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const T = ['令和６年度　一時預かり事業　月別利用実績'];
const read = (lines: Line[]) => checkWorkbook({ sheets: [snap('表', lines)] }, {}).report;
const head = ['利用形態', '単位', ...M, '年度計', '年度目標'];
const a = ['一時預かり', '人', 8, 10, 9, 12, 11, 9, 10, 13, 8, 7, 9, 12, 118];
const b = ['休日保育', '人', 3, 2, 4, 5, 3, 4, 6, 5, 3, 2, 4, 4, 45];
const total = ['合計', '人', 11, 12, 13, 17, 14, 13, 16, 18, 11, 9, 13, 16, 163];

describe('targetedTotalRow (review rv71 R2w, R2f)', () => {
  test('a 年度目標 on the 合計 row only: the total is graded, with a guess naming its cells; the parts are left out, named', () => {
    const rep = read([T, head, [...a, null], [...b, null], [...total, 200]]);
    expect(rep.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([['合計', 200, 163, 'B']]);
    const guess = rep.findings.find((f) => f.code === 'reading-uncertain');
    expect(guess?.cell).toBe('A5');
    expect(rep.findings.some((f) => f.code === 'rows-left-out')).toBe(true);
    expect(rep.findings.some((f) => f.code === 'missing-target')).toBe(false);
  });

  test('a 合計 with its own target beside parts with theirs is no longer dropped in silence', () => {
    const rep = read([T, head, [...a, 120], [...b, 60], [...total, 200]]);
    expect(rep.indicators.find((i) => i.name === '合計')?.grade).toBe('B');
    const same = read([T, head, [...a, 120], [...b, 60], [...total, 180]]);
    // Its target the sum of the parts': a tally of the table, left out and named (totalRows.ts), never silent.
    expect(same.indicators.map((i) => i.name)).toEqual(['一時預かり', '休日保育']);
    expect(same.findings.some((f) => f.code === 'rows-left-out' && f.cell === 'A5')).toBe(true);
  });

  test('a 合計 with no target, or not the sum of the rows above, is left as before', () => {
    const none = read([T, head, [...a, 120], [...b, 60], [...total, null]]);
    expect(none.indicators.map((i) => i.name)).toEqual(['一時預かり', '休日保育']);
    expect(none.findings.some((f) => f.code === 'reading-uncertain' || f.code === 'rows-left-out')).toBe(false);
    const avg = [...total.slice(0, 14), 81.5];
    const notSum = read([T, head, [...a, null], [...b, null], [...avg, 200]]);
    expect(notSum.indicators.some((i) => i.name === '合計')).toBe(false);
  });
});
