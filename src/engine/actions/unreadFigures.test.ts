import { snap } from '../detect/testing';
import type { CellValue } from '../model/port';
import { checkWorkbook } from './check';

/** A table of three indicators; `row2`: the second indicator's cells from 実績 on. */
const table = (row2: CellValue[], first: CellValue = 1) => ({
  sheets: [
    snap('実績', [
      ['令和5年度 事業実績'],
      [],
      ['No.', '指標名', '単位', '目標', '実績', null, '備考'],
      [first, '相談件数', '件', 100, 104, null, null],
      [2, '講座参加者数', '人', 200, ...row2],
      [3, '訪問件数', '件', 50, 47, null, null],
    ]),
  ],
});

const unread = (wb: ReturnType<typeof table>) =>
  checkWorkbook(wb, {}).report.findings.filter(
    (f) => f.code === 'reading-uncertain' && f.params && 'reason' in f.params && f.params.reason === 'figures-unread',
  );

describe('an actual not read while its row holds figures nothing was read from', () => {
  test('is a reading-uncertain finding naming the actual cell and the figure left over', () => {
    const found = unread(table([null, 188, null]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: '実績', cell: 'E5', indicator: '講座参加者数', params: { cells: ['E5', 'F5'] } });
    expect(found[0].message).toContain('F5');
  });

  test('an unreadable actual counts too', () => {
    expect(unread(table(['別紙参照', '188人', null]))[0]?.params).toMatchObject({ cells: ['E5', 'F5'] });
  });

  test('nothing is said when the row holds no other figure, when the actual says why it is missing, or of the row’s ordinal', () => {
    expect(unread(table([null, null, null]))).toEqual([]);
    expect(unread(table(['－', 188, null]))).toEqual([]);
    expect(unread(table(['未実施', 188, null]))).toEqual([]);
  });

  test('a figure under a cost, rate or change heading is never the missing actual; a discontinued indicator says why it has none', () => {
    const wb = (heading: string, note: string | null = null) => ({
      sheets: [
        snap('事業', [
          ['令和5年度 事業評価'],
          [],
          ['No.', '指標名', '単位', '目標', '実績', heading, '備考'],
          [1, '貸出冊数', '冊', 52000, null, 15630, note],
          [2, '講座受講者数', '人', 300, 280, 4200, null],
        ]),
      ],
    });
    for (const heading of ['事業費（千円）', '決算額', '達成率', '前年度比', '進捗率（％）']) expect(unread(wb(heading))).toEqual([]);
    expect(unread(wb('参加者数（速報）'))).toHaveLength(1);
    expect(unread(wb('参加者数（速報）', '指標廃止'))).toEqual([]);
  });

  test('a read actual is never in doubt for figures beside it', () => {
    expect(unread(table([190, 188, null]))).toEqual([]);
  });
});

test('a 現状把握の方法 cell whose only digit says how often a survey is held (「県民健康栄養調査（5年ごと）」) is no unread figure', () => {
  const wb = (heading: string) => ({
    sheets: [
      snap('成果指標', [
        ['令和４年度　成果指標の点検評価'],
        ['指標', '単位', '目標（R9）', '実績', heading],
        ['喫煙率', '％', 12, 13.5, '市民アンケート'],
        ['受動喫煙の機会を有する者の割合', '％', 0, null, '県民健康栄養調査（5年ごと）'],
      ]),
    ],
  });
  expect(unread(wb('現状把握の方法'))).toEqual([]);
  // Counter-example: the same cell under a heading of figures is still an unread figure beside the blank actual.
  expect(unread(wb('参考値'))).toHaveLength(1);
});
