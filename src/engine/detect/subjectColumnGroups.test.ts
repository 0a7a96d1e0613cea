/** Column groups by subject: 犬 | 猫 each merged over 目標 | 実績 give one indicator per row and subject, 「name（犬）」. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (dog: string, cat: string, subs = ['目標', '実績', '目標', '実績']) =>
  snap(
    '引取り',
    [
      ['令和5年度　犬猫の引取り・譲渡の状況'],
      [null, null, null, null, null, '（単位：頭）'],
      ['指標', dog, null, cat, null, '目標の方向'],
      [null, ...subs, null],
      ['引取り数', 45, 38, 160, 171, '減少'],
      ['譲渡数', 30, 33, 100, 92, '増加'],
    ],
    { merges: ['A3:A4', 'B3:C3', 'D3:E3', 'F3:F4'] },
  );
const read = (s: ReturnType<typeof snap>) =>
  checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction, i.grade]);

test('犬 | 猫 each over 目標 | 実績: one indicator per row and subject, each from its own pair', () => {
  expect(read(sheet('犬', '猫'))).toEqual([
    ['引取り数（犬）', '頭', 45, 38, 'down', 'A'],
    ['引取り数（猫）', '頭', 160, 171, 'down', 'B'],
    ['譲渡数（犬）', '頭', 30, 33, 'up', 'A'],
    ['譲渡数（猫）', '頭', 100, 92, 'up', 'B'],
  ]);
});

test('years or parts of the year over the pairs are no subjects: no name is qualified', () => {
  const names = (s: ReturnType<typeof snap>) => read(s).map((r) => r[0]);
  expect(names(sheet('令和4年度', '令和5年度'))).toEqual(['引取り数', '譲渡数']);
  expect(names(sheet('上半期', '年間'))).toEqual(['引取り数', '譲渡数']);
  // Groups of other measures (目標 | 実績 beside 実績 | 目標 is the same; 目標 | 目標 is not): read as before.
  expect(names(sheet('犬', '猫', ['目標', '実績', '目標', '目標']))).toEqual(['引取り数', '譲渡数']);
});

describe('group headings that are no subjects stay one indicator (review rv54)', () => {
  const sheet = (left: string, right: string) =>
    snap(
      '指標',
      [
        ['令和５年度　成果指標'],
        ['指標', left, null, right, null],
        [null, '目標値', '実績値', '目標値', '実績値'],
        ['特定健診受診率（％）', 60, 41.2, 70, 56.5],
      ],
      { merges: ['A2:A3', 'B2:C2', 'D2:E2'] },
    );
  test.each([
    ['本市', '全国'],
    ['市', '県'],
    ['前期', '後期'],
    ['春季', '秋季'],
    ['当初', '変更後'],
  ])('%s | %s', (left, right) => {
    const names = checkWorkbook({ sheets: [sheet(left, right)] }, {}).report.indicators.map((i) => i.name);
    expect(names).toEqual(['特定健診受診率']);
  });
});

describe('the same subjects under each measure’s heading (令和６年度目標値 | 令和６年度実績値 each over 小学校 | 中学校)', () => {
  const sheet = (subs: string[], note = '※No.2は減少を目指す指標。') =>
    snap(
      'GIGA',
      [
        ['令和６年度　GIGAスクール構想の推進状況'],
        ['No.', '指標', '単位', '令和５年度実績', null, '令和６年度目標値', null, '令和６年度実績値', null],
        [null, null, null, ...subs, ...subs, ...subs],
        [1, '端末を家庭に持ち帰って学習に活用した児童生徒の割合', '％', 35.2, 52, 50, 60, 38.9, 61.3],
        [2, 'ICT機器の活用に不安を感じる教員の割合', '％', 18.5, 24, 15, 20, 12.8, 21.6],
        [note],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:G2', 'H2:I2'] },
    );

  test('one indicator per row and subject, each from the columns under its own sub-heading; a number in a note names both', () => {
    expect(read(sheet(['小学校', '中学校']))).toEqual([
      ['端末を家庭に持ち帰って学習に活用した児童生徒の割合（小学校）', '%', 50, 38.9, 'up', 'C'],
      ['端末を家庭に持ち帰って学習に活用した児童生徒の割合（中学校）', '%', 60, 61.3, 'up', 'A'],
      ['ICT機器の活用に不安を感じる教員の割合（小学校）', '%', 15, 12.8, 'down', 'A'],
      ['ICT機器の活用に不安を感じる教員の割合（中学校）', '%', 20, 21.6, 'down', 'B'],
    ]);
  });

  test('grades of pupils (小5 | 中2) are subjects too', () => {
    expect(read(sheet(['小5', '中2'])).map((r) => r[0])).toEqual([
      '端末を家庭に持ち帰って学習に活用した児童生徒の割合（小5）',
      '端末を家庭に持ち帰って学習に活用した児童生徒の割合（中2）',
      'ICT機器の活用に不安を感じる教員の割合（小5）',
      'ICT機器の活用に不安を感じる教員の割合（中2）',
    ]);
  });

  test('sub-headings that split a count or its time (単年度 | 累計, 第1期 | 第2期), another body (本市 | 全国), a date or a measure, are no subjects', () => {
    expect(read(sheet(['第1期', '第2期'])).map((r) => r[0])).toHaveLength(2);
    // A figure and what dates it (年度 | 数値: periodSubColumns.ts), or two measures (件数 | 寄附額), are no subjects either.
    expect(read(sheet(['年度', '数値'])).map((r) => r[0])).toHaveLength(2);
    expect(read(sheet(['件数', '寄附額'])).map((r) => r[0])).toHaveLength(2);
    const names = (s: ReturnType<typeof snap>) => read(s).map((r) => r[0]);
    expect(names(sheet(['単年度', '累計']))).toEqual(['端末を家庭に持ち帰って学習に活用した児童生徒の割合', 'ICT機器の活用に不安を感じる教員の割合']);
    expect(names(sheet(['本市', '全国']))).toEqual(['端末を家庭に持ち帰って学習に活用した児童生徒の割合', 'ICT機器の活用に不安を感じる教員の割合']);
  });
});
