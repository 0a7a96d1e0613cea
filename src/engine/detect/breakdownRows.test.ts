/** A うち row under an indicator, with no target of its own, is its breakdown: left out and named, never an indicator. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { isBreakdownName } from './breakdownRows';
import { snap } from './testing';

const read = (values: CellValue[][]) => checkWorkbook({ sheets: [snap('指標の状況', values)] }, {}).report;
const HEAD: CellValue[] = ['No.', '指標名', '単位', 'R5目標', 'R5実績'];

test.each([
  '（うち高齢者が関係する事故）',
  'うち女性',
  '・うち新規登録者',
  '　うち 市外からの参加者',
  '(うち児童書)',
  '（うちボランティア）',
  '・うちデイサービス利用者',
])('a breakdown name: %s', (name) => {
  expect(isBreakdownName(name)).toBe(true);
});

test.each(['うち', '交通事故のうち高齢者の割合', '内水氾濫対策', '（参考）うち高齢者', 'うちわ祭りの来場者数', 'うちエコ診断の受診件数'])(
  'no breakdown name: %s',
  (name) => {
    expect(isBreakdownName(name)).toBe(false);
  },
);

test('a うち row right under an indicator, its target 「－」, is left out and named', () => {
  const report = read([
    ['令和5年度　指標の状況'],
    HEAD,
    [1, '交通事故の発生件数', '件', 250, 268],
    [null, '（うち高齢者が関係する事故）', '件', '－', 98],
    [2, '防災メール登録者数', '人', 15000, 16210],
  ]);
  expect(report.indicators.map((i) => i.name)).toEqual(['交通事故の発生件数', '防災メール登録者数']);
  expect(report.findings.find((f) => f.code === 'rows-left-out')?.params).toMatchObject({ reason: 'breakdown', cells: ['B4'] });
});

test('a うち row with a target figure of its own is an indicator the plan grades', () => {
  const report = read([['令和5年度　指標の状況'], HEAD, [1, '審議会等の委員数', '人', 400, 388], [null, 'うち女性委員の数', '人', 160, 141]]);
  expect(report.indicators.map((i) => i.name)).toEqual(['審議会等の委員数', 'うち女性委員の数']);
});

test('a うち row opening the table has no indicator above it to break down', () => {
  const report = read([['令和5年度　指標の状況'], HEAD, [1, 'うち市外からの参加者数', '人', null, 98]]);
  expect(report.indicators.map((i) => i.name)).toEqual(['うち市外からの参加者数']);
});

describe('「うち」 + katakana with no bracket: a breakdown only when it counts a part of the row above', () => {
  const rows = (parent: string, child: string, childActual: number, childTarget: CellValue = null) =>
    read([
      ['令和5年度　指標の状況'],
      HEAD,
      [1, parent, '人', 3200, 3100],
      [null, child, '人', childTarget, childActual],
      [2, '図書館の貸出冊数', '冊', 520000, 510000],
    ]);

  test('「うちオンライン参加者数」 under 「生涯学習講座の参加者数」, fewer: its breakdown, left out and named', () => {
    const report = rows('生涯学習講座の参加者数', 'うちオンライン参加者数', 800);
    expect(report.indicators.map((i) => i.name)).toEqual(['生涯学習講座の参加者数', '図書館の貸出冊数']);
    expect(report.findings.find((f) => f.code === 'rows-left-out')?.params).toMatchObject({ reason: 'breakdown', cells: ['B4'] });
  });

  test.each([
    ['another measure (a programme of its own)', '省エネ相談件数', 'うちエコ診断の受診件数', 40],
    ['more than the row above', '生涯学習講座の参加者数', 'うちオンライン参加者数', 4000],
  ])('%s: an indicator', (_, parent, child, actual) => {
    expect(rows(parent, child, actual).indicators.map((i) => i.name)).toContain(child);
  });

  test('with a target of its own, 「うちエコ診断」 is an indicator the plan grades', () => {
    expect(rows('省エネ診断の受診件数', 'うちエコ診断の受診件数', 40, 50).indicators.map((i) => i.name)).toContain('うちエコ診断の受診件数');
  });
});
