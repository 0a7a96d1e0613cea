/**
 * A name written on into the cell below (not merged) in a table of 目標 / 実績 row pairs is one name over both rows: one
 * indicator with the pair's target and actual, the unit in its second line's brackets; never two half-named indicators.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const head = [
  ['まちづくり指標の推移', null, null, null, null, null],
  ['評価対象期間：令和５年度', null, null, null, null, null],
  ['No.', '指標', '区分', '令和３年度', '令和４年度', '令和５年度'],
];
const rows: (string | number | null)[][] = [
  ...head,
  [1, '図書館の\n年間貸出冊数（冊）', '目標', 410000, 420000, 430000],
  [null, null, '実績', 401200, 415800, 426300],
  [2, '市民農園の', '目標', 120, 125, 130],
  [null, '利用区画数（区画）', '実績', 118, 121, 127],
  [3, '公園愛護団体の\n登録数（団体）', '目標', 40, 42, 44],
  [null, null, '実績', 38, 41, 45],
  [4, '市民活動団体の\n登録数（団体）', '目標', 150, 155, 160],
  [null, null, '実績', 148, 151, 158],
];
const merges = ['A4:A5', 'B4:B5', 'A6:A7', 'A8:A9', 'B8:B9', 'A10:A11', 'B10:B11'];

test('the name written on below joins the one above: its unit, target and actual are one indicator’s', () => {
  const { report } = checkWorkbook({ sheets: [snap('推移', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['図書館の年間貸出冊数', '冊', 430000, 426300],
    ['市民農園の利用区画数', '区画', 130, 127],
    ['公園愛護団体の登録数', '団体', 44, 45],
    ['市民活動団体の登録数', '団体', 160, 158],
  ]);
  expect(report.indicators[1].cells.name).toBe('B6');
});

test('with no name covering a whole pair elsewhere, one-row names stay apart (nothing says the rows pair up)', () => {
  const single: (string | number | null)[][] = [...head, [1, '市民農園の利用区画数', '目標', 120, 125, 130], [2, '農業体験の参加者数', '実績', 118, 121, 127]];
  const { report } = checkWorkbook({ sheets: [snap('推移', single)] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['市民農園の利用区画数', '農業体験の参加者数']);
});

describe('two one-row names are two indicators, not one written on', () => {
  const names = (body: (string | number | null)[][], m: string[]): string[] =>
    checkWorkbook({ sheets: [snap('推移', [...rows.slice(0, 5), ...body, ...rows.slice(7)], { merges: m })] }, {}).report.indicators.map(
      (i) => `${i.name}:${i.target}:${i.actual}`,
    );
  const wholeMerges = ['A4:A5', 'B4:B5', 'A8:A9', 'B8:B9', 'A10:A11', 'B10:B11'];

  test('the lower row has its own No.: a target-only indicator above an actual-only one, never joined and graded', () => {
    const got = names(
      [
        [2, '新規就農者の', '目標', null, 10, 12],
        [3, '認定農業者数（人）', '実績', 130, 128, 126],
      ],
      wholeMerges,
    );
    expect(got).toContain('新規就農者の:12:null');
    expect(got).toContain('認定農業者数:null:126');
  });

  test('the upper name is whole already (it ends with its unit （人）): the row below is another indicator', () => {
    const got = names(
      [
        [2, '新規就農者数（人）', '目標', null, 10, 12],
        [null, '認定農業者数（人）', '実績', 130, 128, 126],
      ],
      [...wholeMerges, 'A6:A7'],
    );
    expect(got).toContain('新規就農者数:12:null');
    expect(got).toContain('認定農業者数:null:126');
  });

  test('the name written again on the lower row (same No.) is one indicator named once, with the unit of its fuller line', () => {
    const { report } = checkWorkbook(
      {
        sheets: [
          snap(
            '推移',
            [
              ...rows.slice(0, 5),
              [2, '市民農園の利用区画数', '目標', 120, 125, 130],
              [2, '市民農園の利用区画数（区画）', '実績', 118, 121, 127],
              ...rows.slice(7),
            ],
            { merges: wholeMerges },
          ),
        ],
      },
      {},
    );
    expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])[1]).toEqual(['市民農園の利用区画数', '区画', 130, 127]);
  });

  test('with only two other names covering a whole pair, the table is not known to be one of pairs: no join', () => {
    const two = [...rows.slice(0, 9)];
    const { report } = checkWorkbook({ sheets: [snap('推移', two, { merges: ['A4:A5', 'B4:B5', 'A6:A7', 'A8:A9', 'B8:B9'] })] }, {});
    expect(report.indicators.map((i) => i.name)).not.toContain('市民農園の利用区画数');
  });
});
