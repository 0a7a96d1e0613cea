/**
 * A ※ line under a name in its own cell, stating an aim (「※減少を目指す指標」), is the indicator's way: years as rows under merged
 * name headings over 目標 | 実績 read it as a table row's name cell does.
 */
import { checkWorkbook } from '../actions/check';
import { nameAimLines } from './nameAimLines';
import { snap } from './testing';

const sheet = (note: string) =>
  snap(
    '公用車',
    [
      ['年度', '電動車導入台数\n（単位：台）', null, `公用車の燃料使用量\n（単位：kL）${note}`, null],
      [null, '目標', '実績', '目標', '実績'],
      ['令和4年度', 30, 31, 170, 168.5],
      ['令和5年度', 40, 38, 160, 152.3],
    ],
    { merges: ['A1:A2', 'B1:C1', 'D1:E1'] },
  );
const read = (note: string) => checkWorkbook({ sheets: [sheet(note)] }, { period: '令和5年度' }).report.indicators.map((i) => [i.name, i.direction]);

test('a ※ line stating the aim under a heading over 目標 | 実績 makes that indicator lower-is-better, the other kept', () => {
  expect(read('\n※減少を目指す指標')).toEqual([
    ['電動車導入台数', 'up'],
    ['公用車の燃料使用量', 'down'],
  ]);
});

test('a ※ line saying something else (a provisional figure, a change that happened) states no way', () => {
  expect(read('\n※R5は速報値')).toEqual([
    ['電動車導入台数', 'up'],
    ['公用車の燃料使用量', 'up'],
  ]);
  expect(read('\n※新型コロナの影響で減少した')).toEqual([
    ['電動車導入台数', 'up'],
    ['公用車の燃料使用量', 'up'],
  ]);
});

test('only ※ lines under the first line: the name itself and lines without ※ give no aim words', () => {
  expect(nameAimLines('公用車の燃料使用量\n（単位：kL）\n※減少を目指す指標')).toContain('減少を目指す');
  expect(nameAimLines('燃料使用量の削減を目指す指標')).toBe('');
  expect(nameAimLines('燃料使用量\n減少を目指す')).toBe('');
});

/** The sheet above with another heading in D1 (review rv74): what the ※ line aims at decides whether it speaks. */
const other = (heading: string) =>
  checkWorkbook(
    {
      sheets: [
        snap(
          '公用車',
          [
            ['年度', '電動車導入台数\n（単位：台）', null, heading, null],
            [null, '目標', '実績', '目標', '実績'],
            ['令和4年度', 30, 31, 170, 168.5],
            ['令和5年度', 40, 38, 160, 152.3],
          ],
          { merges: ['A1:A2', 'B1:C1', 'D1:E1'] },
        ),
      ],
    },
    { period: '令和5年度' },
  ).report.indicators[1];

test('rv74: a ※ aim at another quantity than the heading names says nothing of its way', () => {
  for (const heading of [
    '特定健診受診率\n（単位：％）\n※医療費の抑制を図る',
    '特定健診受診率\n※未受診者の減少を目指す',
    '保育所定員数\n※待機児童ゼロを目指す',
    '再生可能エネルギー導入容量\n※CO2排出量の削減を目指す指標',
    '公用車のEV化率\n※燃料使用量の削減を目指す',
    '公共交通利用者数\n※自家用車からの転換によりCO2排出削減を図る',
    '太陽光発電設備設置数\n※温室効果ガス削減を図る',
  ]) {
    const ind = other(heading);
    expect([heading, ind.direction, ind.grade]).toEqual([heading, 'up', 'B']);
  }
});

test('rv74: an aim at the heading’s own quantity, with or without a particle, still makes it lower-is-better', () => {
  expect(other('公用車の燃料使用量\n（単位：kL）\n※燃料使用量の削減を目指す').direction).toBe('down');
  expect(other('公用車の燃料使用量\n（単位：kL）\n※燃料使用量削減を目指す').direction).toBe('down');
  expect(other('公用車の燃料使用量\n（単位：kL）\n※前年度比削減を目指す').direction).toBe('down');
  expect(nameAimLines('太陽光発電設備設置数\n※温室効果ガス削減を図る', '太陽光発電設備設置数')).toBe('');
  expect(nameAimLines('公用車の燃料使用量\n※減少を目指す指標', '公用車の燃料使用量')).toContain('減少を目指す');
});

test('rv74: a table row’s name cell reads its ※ aim the same way (tables.ts)', () => {
  const table = (name: string) =>
    checkWorkbook(
      {
        sheets: [snap('S', [['評価対象年度：2023年度'], ['指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績'], [name, '％', 150, 160, 152.3]])],
      },
      {},
    ).report.indicators[0];
  expect(table('特定健診受診率\n※医療費の抑制を図る').direction).toBe('up');
  expect(table('太陽光発電設備設置数\n※温室効果ガス削減を図る').direction).toBe('up');
  expect(table('不登校児童生徒の出現率\n※減少を目指す').direction).toBe('down');
});

test('rv76: a glued aim at the name’s own quantity worded otherwise (消費者トラブル相談 under 消費生活相談件数) makes it lower-is-better', () => {
  const table = (name: string) =>
    checkWorkbook(
      { sheets: [snap('成果', [['令和５年度　成果指標'], ['指標名', '単位', '目標値', '実績値'], [name, '件', 100, 90], ['市民満足度', '％', 60, 62]])] },
      {},
    ).report.indicators[0];
  expect(table('消費生活相談件数\n※消費者トラブル相談削減を目指す')).toMatchObject({ direction: 'down', grade: 'A' });
  expect(table('太陽光発電設備設置数\n※温室効果ガス削減を図る').direction).toBe('up');
});
