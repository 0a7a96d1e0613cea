import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];
const read = (s: ReturnType<typeof snap>) =>
  detectSheet(s, scale).indicators.map((i) => [i.name, i.nameCell, i.unit, i.targets.map((p) => p.parsed.value), i.actuals.map((p) => p.parsed.value)]);

/** A Word report pasted into a sheet: one paragraph block per indicator, named by its heading line. */
const wordReport = (first: string[]) =>
  snap(
    '報告書',
    [
      ['令和５年度　事務事業評価書', null, null, null],
      [null],
      ['１　活動の成果', null, null, null],
      ...first.map((t) => [t, null, null, null]),
      ['目標値（令和５年度）', null, '４０', '回'],
      ['実績値（令和５年度）', null, '36', '回'],
      ['説明', '出前講座を市内各地区で開いた。', null, null],
      [null],
      ['(2) 講座の延べ受講者数', null, null, null],
      ['目標値（令和５年度）', null, '1,500', '人'],
      ['実績値（令和５年度）', null, '1,620', '人'],
    ],
    { merges: ['A4:D4'] },
  );

test('a block of 目標値 / 実績値 lines under a lone heading line is a form named by that heading; the unit written alone right of a figure is its unit', () => {
  expect(read(wordReport(['(1) 出前講座の開催回数']))).toEqual([
    ['出前講座の開催回数', 'A4', '回', [40], [36]],
    ['講座の延べ受講者数', 'A9', '人', [1500], [1620]],
  ]);
});

test('a name wrapped over two heading lines, the sheet numbering its headings, is read whole from its numbered first line', () => {
  expect(read(wordReport(['(1) 出前講座の', '開催回数']))).toEqual([
    ['出前講座の開催回数', 'A4', '回', [40], [36]],
    ['講座の延べ受講者数', 'A10', '人', [1500], [1620]],
  ]);
});

test('label lines with figures but no lone heading line above them name nothing', () => {
  const s = snap('報告書', [
    ['成果', '出前講座', null],
    ['目標値', null, 40],
    ['実績値', null, 36],
  ]);
  expect(read(s).map((r) => r[0])).not.toContain('成果');
});

test('the whole report grades each block', () => {
  const { report } = checkWorkbook({ sheets: [wordReport(['(1) 出前講座の開催回数'])] }, {});
  expect(report.indicators.map((i) => [i.name, i.grade])).toEqual([
    ['出前講座の開催回数', 'B'],
    ['講座の延べ受講者数', 'A'],
  ]);
});

/** A citizens' 通信簿: cards tiled across, each a theme over its indicator over めざす値 | いまの値 | 達成度 lines. */
test('cards tiled side by side are each a form in their own columns, named by the line over their labels', () => {
  const card = (c: number, theme: string, name: string, target: string, actual: string) => [
    [c, theme],
    [c, name],
    [c, 'めざす値', target],
    [c, 'いまの値', actual],
    [c, '達成度', '★★★☆'],
  ];
  const rows: (string | null)[][] = [['ひと目でわかる！　令和５年度　まちづくりの通信簿'], [null]];
  const cards = [card(0, '① ごみを減らす', 'ごみの排出量', '850g以下', '873g'), card(4, '③ 読書のまち', '本を借りた人の数', '年間12万人', '11万8,450人')];
  for (const k of cards)
    k.forEach(([c, ...values], i) => {
      const r = (rows[2 + i] ??= []);
      values.forEach((v, j) => (r[(c as number) + j] = v as string));
    });
  expect(read(snap('通信簿', rows))).toEqual([
    ['ごみの排出量', 'A4', undefined, [850], [873]],
    ['本を借りた人の数', 'E4', undefined, [12], [118450]],
  ]);
});

test.each(['（参考）令和５年度', '市全体（参考）'])(
  'a card beside the indicator headed as a reference (%s) is no indicator of its own (review rv44)',
  (heading) => {
    const sheet = snap('成果', [
      ['令和６年度　窓口サービスの状況'],
      [],
      ['窓口サービス満足度', null, null, null, heading, null],
      ['目標値', '80%', null, null, '目標値', '75%'],
      ['実績値', '78%', null, null, '実績値', '72%'],
    ]);
    expect(read(sheet).map((r) => r[0])).toEqual(['窓口サービス満足度']);
  },
);
