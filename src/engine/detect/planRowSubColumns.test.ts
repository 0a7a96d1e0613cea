/**
 * A plan's row (②確保方策) under years split into 計画 | 実績 sub-columns: per year its target under 計画 and its actual under
 * 実績; the 量の見込み row beside it is neither. Not when the group has an actual row of its own, nor under other sub-headings.
 */
import { checkWorkbook } from '../actions/check';
import { planActualUnder, readsPlanSubColumns } from './planRowSubColumns';
import { Grid } from './grid';
import { snap } from './testing';

type Row = (string | number | null)[];

function sheet(kinds: string[], subs: [string, string] = ['計画', '実績']) {
  const rows: Row[] = [
    ['第２期子ども・子育て支援事業計画 実施状況（令和５年度）'],
    [],
    ['事業名', '単位', '区分', '令和4年度', null, '令和5年度', null, '評価'],
    [null, null, null, subs[0], subs[1], subs[0], subs[1]],
  ];
  const figures: [string, string, Row[]][] = [
    [
      '一時預かり事業',
      '人日',
      [
        [300, 188, 300, 212],
        [400, 280, 400, 320],
        [100, 92, 100, 108],
      ],
    ],
    [
      'ファミリー・サポート・センター事業',
      '人日',
      [
        [80, 61, 80, 70],
        [90, 90, 90, '未実施'],
        [10, 29, 10, null],
      ],
    ],
  ];
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3', 'H3:H4'];
  for (const [name, unit, vals] of figures) {
    const r = rows.length + 1;
    merges.push(`A${r}:A${r + kinds.length - 1}`, `B${r}:B${r + kinds.length - 1}`);
    kinds.forEach((k, i) => rows.push([i === 0 ? name : null, i === 0 ? unit : null, k, ...vals[i], i === 1 ? 'B' : null]));
  }
  return snap('実施状況', rows as never, { merges });
}

const read = (kinds: string[], subs?: [string, string]) =>
  checkWorkbook({ sheets: [sheet(kinds, subs)] }, {}).report.indicators.map((i) => [
    i.name,
    i.target,
    i.actual,
    i.actualStatus,
    i.cells.target,
    i.cells.actual,
  ]);

test('the plan row’s 計画 is the year’s target and its 実績 the actual; the 量の見込み row is neither', () => {
  expect(read(['①量の見込み', '②確保方策', '②－①'])).toEqual([
    ['一時預かり事業', 400, 320, 'value', 'F6', 'G6'],
    ['ファミリー・サポート・センター事業', 90, null, 'not-implemented', 'F9', 'G9'],
  ]);
});

test('with an actual row of its own (③確保実績), the plan row’s 実績 sub-column is not the actual', () => {
  const got = read(['①量の見込み', '②確保方策', '③確保実績']);
  expect(got.map((g) => g[5])).toEqual(['F7', 'F10']);
});

test('the sub-columns: exactly one 計画 and one 実績 under the year, each its own column', () => {
  const g = new Grid(sheet(['①量の見込み', '②確保方策', '②－①']));
  expect(planActualUnder(g, 3, 4, 5)).toEqual({ plan: 4, actual: 5 });
  expect(planActualUnder(g, 3, 4, 4)).toBeNull();
  const other = new Grid(sheet(['①量の見込み', '②確保方策', '②－①'], ['上半期', '下半期']));
  expect(planActualUnder(other, 3, 4, 5)).toBeNull();
  expect(readsPlanSubColumns(['expected'])).toBe(true);
  expect(readsPlanSubColumns(['expected', 'actual'])).toBe(false);
  expect(readsPlanSubColumns(['target'])).toBe(false);
});
