/** A whole written right after the parts it sums, beside a target and no actual, is the table's actual. */
import type { CellValue } from '../model/port';
import { detectSheet } from './index';
import { snap } from './testing';
import { checkWorkbook } from '../actions/check';

const scale = [{ grade: 'A', label: '' }];

/** 指標 | 単位 | 年間目標 | <span> over 東部 | 西部 | 南部 | <whole>, two rows of figures; `whole` gives each row's total. */
function centres(span: string, wholeHeading: string, whole: (parts: number[]) => CellValue) {
  const rows: [string, string, number, number[]][] = [
    ['総合相談件数', '件', 6000, [2310, 1985, 2452]],
    ['地域ケア個別会議開催回数', '回', 36, [12, 10, 9]],
  ];
  return snap(
    '包括別実績',
    [
      ['令和６年度　地域包括支援センター事業実績'],
      [],
      ['指標', '単位', '年間目標', span, null, null, wholeHeading, '備考'],
      [null, null, null, '東部', '西部', '南部', null, null],
      ...rows.map(([name, unit, target, parts]) => [name, unit, target, ...parts, whole(parts), null]),
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4', 'H3:H4'] },
  );
}

const sum = (parts: number[]) => parts.reduce((a, b) => a + b, 0);
const actuals = (s: ReturnType<typeof centres>) => detectSheet(s, scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);

test('市計 after the centres it adds up is the actual against the 年間目標; the centres are not read', () => {
  const { indicators } = detectSheet(centres('地域包括支援センター', '市計', sum), scale);
  expect(indicators.map((i) => [i.name, i.targets.map((t) => t.cell), i.actuals.map((a) => [a.cell, a.parsed.status === 'value' && a.parsed.value])])).toEqual([
    ['総合相談件数', ['C5'], [['G5', 6747]]],
    ['地域ケア個別会議開催回数', ['C6'], [['G6', 31]]],
  ]);
});

test.each(['合計', '計', '全体'])('a whole headed 「%s」 is read the same way', (heading) => {
  expect(actuals(centres('センター別', heading, sum))).toEqual([
    ['総合相談件数', ['G5']],
    ['地域ケア個別会議開催回数', ['G6']],
  ]);
});

test('a 市計 that is not the sum of the parts on some row (another part counted, or another figure) is not read as the actual', () => {
  const s = centres('地域包括支援センター', '市計', (parts) => (parts[0] === 12 ? sum(parts) + 4 : sum(parts)));
  expect(actuals(s)).toEqual([
    ['総合相談件数', []],
    ['地域ケア個別会議開催回数', []],
  ]);
});

/** centres() with its parts written as texts (`text`) on the 総合相談件数 row, the whole `whole`. */
function textParts(text: string[], whole: number) {
  const s = centres('地域包括支援センター', '市計', sum);
  s.values[4] = ['総合相談件数', '件', 6000, ...text, whole, null];
  return s;
}

test('centres written as text with a thousands separator (「2,310」, pasted) are added as numbers: 市計 is read', () => {
  expect(actuals(textParts(['2,310', '1,985', '2,452'], 6747))).toEqual([
    ['総合相談件数', ['G5']],
    ['地域ケア個別会議開催回数', ['G6']],
  ]);
});

test.each([
  ['text figures that do not add up to it', ['2,310', '1,985', '2,450'], 6747],
  ['codes and phone numbers written as text (no figure: nothing to add)', ['1-1', '03-1234-5678', 'R5.3'], 6747],
])('a 市計 beside %s is not read', (_, text, whole) => {
  expect(actuals(textParts(text, whole))).toEqual([
    ['総合相談件数', []],
    ['地域ケア個別会議開催回数', []],
  ]);
});

test('parts under a heading naming a measure (計画 over the centres) keep their reading: their sum is no actual', () => {
  expect(actuals(centres('計画', '市計', sum)).every(([, cells]) => !(cells as string[]).includes('G5') && !(cells as string[]).includes('G6'))).toBe(true);
});

test('a table with an actual column of its own keeps it; the 市計 beside the centres adds nothing', () => {
  const s = snap(
    '包括別実績',
    [
      ['令和６年度　地域包括支援センター事業実績'],
      [],
      ['指標', '単位', '年間目標', '実績', '地域包括支援センター', null, '市計'],
      [null, null, null, null, '東部', '西部', null],
      ['総合相談件数', '件', 6000, 4300, 2310, 1985, 4295],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4'] },
  );
  expect(actuals(s)).toEqual([['総合相談件数', ['D5']]]);
});

describe('rv60: a whole that is no summed result is not read (flagged as before)', () => {
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4'];
  type Row = (string | number | null)[];
  const sheet = (title: string, targetHead: string, span: string, parts: string[], whole: string, body: Row[]) =>
    snap('S', [[title], [], ['指標', '単位', targetHead, span, null, null, whole], [null, null, null, ...parts, null], ...body], { merges });
  /** Each indicator's actual cells, and the cells of the reading-uncertain findings. */
  const read = (s: ReturnType<typeof snap>) => {
    const { report } = checkWorkbook({ sheets: [s] }, {});
    return {
      actuals: report.indicators.map((i) => i.actual),
      flagged: report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell),
    };
  };
  const centresRows: Row[] = [
    ['総合相談件数', '件', 6000, 2000, 1800, 2200, 6000],
    ['地域ケア会議開催回数', '回', 36, 12, 12, 12, 36],
  ];
  test.each([
    [
      '1a: the target split across the centres (配分, 計 = the target)',
      '令和６年度　事業目標',
      '年間目標',
      '配分',
      ['東部', '西部', '南部'],
      '計',
      centresRows,
    ],
    [
      '1b: a centres target sheet (センター別目標設定)',
      '令和６年度　センター別目標設定',
      '年間目標',
      'センター別',
      ['東部', '西部', '南部'],
      '市計',
      centresRows,
    ],
    ['1j: a plan (事業計画（予定）)', '令和６年度　事業計画（予定）', '年間目標', '地域包括支援センター', ['東部', '西部', '南部'], '市計', [centresRows[1]]],
    [
      '1c: a split by status',
      '令和５年度　要望対応状況',
      '年間目標',
      '対応状況',
      ['対応済', '対応中', '未着手'],
      '計',
      [['要望対応件数', '件', 100, 80, 15, 5, 100]],
    ],
    ['1k: a split by kind of user', '令和５年度', '年間目標', '利用者区分', ['新規', '継続', '再開'], '計', [['新規利用者数', '人', 100, 80, 300, 5, 385]]],
    [
      '1d: answer shares',
      '令和５年度　市民意識調査',
      '年間目標',
      '回答構成',
      ['満足', '普通', '不満'],
      '計',
      [['市民満足度', '％', 60, 52.3, 30.1, 17.6, 100]],
    ],
    [
      '1e: each centre’s target (年間目標（各センター）)',
      '令和５年度　包括実績',
      '年間目標（各センター）',
      '地域包括支援センター',
      ['東部', '西部', '南部'],
      '市計',
      [['地域ケア会議開催回数', '回', 12, 10, 9, 11, 30]],
    ],
  ] as [string, string, string, string, string[], string, Row[]][])('%s', (_, title, targetHead, span, parts, whole, body) => {
    const { actuals, flagged } = read(sheet(title, targetHead, span, parts, whole, body));
    expect(actuals.every((a) => a === null || a === undefined)).toBe(true);
    expect(flagged.length).toBeGreaterThan(0);
  });

  test('centres named by place still have their 市計 read (北地区 | 南地区 | 市計)', () => {
    const s = sheet('令和５年度　事業実績', '年間目標', '地区別', ['北地区', '南地区', '東地区'], '市計', [['相談件数', '件', 600, 200, 150, 240, 590]]);
    expect(read(s).actuals).toEqual([590]);
  });
});
