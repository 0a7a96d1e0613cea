/** A row marked 累計 in its own cell reads the total column beside the year's actual; rows marked 単年度 keep the year's figure. */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { nameCumulativeMark } from './markedRowTotal';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const sheet = (totalHeading: string) =>
  snap('事務事業', [
    ['令和5年度 事務事業評価'],
    ['No.', '活動指標', '単位', '集計区分', 'R5目標値', 'R5実績値\n（単年度）', totalHeading],
    [1, '耐震改修補助件数', '件', '累計', 60, 18, 52],
    [2, 'がん検診受診者数', '人', '単年度', 9500, 9120, 27040],
    [3, '空き家バンク成約件数', '件', '累計', 30, 11, null],
    [4, '特定健診受診率', '％', '累計', 50, 45.1, 47.2],
    [5, '出前講座の開催回数', '回', null, 24, 15, 52],
  ]);

const actualCells = (totalHeading: string) => detectSheet(sheet(totalHeading), scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);

test('the 累計 rows take the total column, the others (and a blank total or a rate) the year’s column', () => {
  expect(actualCells('実績値累計\n（R3～R5）')).toEqual([
    ['耐震改修補助件数', ['G3']],
    ['がん検診受診者数', ['F4']],
    ['空き家バンク成約件数', ['F5']],
    ['特定健診受診率', ['F6']],
    ['出前講座の開催回数', ['F7']],
  ]);
  expect(actualCells('累計')[0]).toEqual(['耐震改修補助件数', ['G3']]);
});

test('a total whose run ends before the actual’s year is no total of it: every row keeps the year’s column', () => {
  expect(actualCells('実績値累計\n（R1～R4）')[0]).toEqual(['耐震改修補助件数', ['F3']]);
});

test('延べ (a unit or a way of counting within the year) is no 累計 mark: the year’s column stays', () => {
  const s = snap('事務事業', [
    ['令和5年度 事務事業評価'],
    ['No.', '指標名', '単位', 'R5目標値', 'R5実績値', '実績値累計（R3～R5）'],
    [1, '図書館の利用者数', '延べ人', 120000, 98000, 310000],
    [2, '出前講座の開催回数', '回', 24, 15, 52],
  ]);
  expect(detectSheet(s, scale).indicators.map((i) => i.actuals.map((a) => a.cell))).toEqual([['E3'], ['E4']]);
});

test('under one year’s 実績, a 単年度実績 | 累計実績 pair (the 累計 read as its twin): a row marked 累計 takes the 累計 figure', () => {
  const s = snap(
    '空家',
    [
      ['指標', '単位', '目標の区分', '令和5年度目標', '令和5年度実績', null],
      [null, null, null, null, '単年度実績', '累計実績\n（平成30年度〜）'],
      ['空き家除却件数', '件', '累計', 150, 38, 142],
      ['空き家バンク成約件数', '件', '単年度', 20, 17, 88],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
  );
  expect(detectSheet(s, scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)])).toEqual([
    ['空き家除却件数', ['F3']],
    ['空き家バンク成約件数', ['E4']],
  ]);
});

describe('the 累計 twin’s run is read from its own heading cell (review rv49)', () => {
  const twins = (mark: string, twin: string) =>
    snap(
      '空家',
      [
        ['指標', '単位', '目標の区分', '令和5年度目標', '令和5年度実績', null],
        [null, null, null, null, '単年度実績', twin],
        ['空き家除却件数', '件', mark, 150, 38, 142],
        ['空き家バンク成約件数', '件', '単年度', 20, 17, 88],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
    );
  const first = (mark: string, twin: string) => detectSheet(twins(mark, twin), scale).indicators[0].actuals.map((a) => a.cell);

  test('a twin whose run ends the year before (累計実績（H30〜R4）) is no total of the year, whatever year the merged group names', () => {
    expect(first('累計', '累計実績（H30〜R4）')).toEqual(['E3']);
    expect(first('累計', '累計実績（H30〜R5）')).toEqual(['F3']);
  });

  test('a mark stating its start (累計（R3〜R7）) takes only a twin starting that year', () => {
    expect(first('累計（R3〜R7）', '累計実績\n（平成30年度〜）')).toEqual(['E3']);
    expect(first('累計（R3〜R7）', '累計実績（R3〜）')).toEqual(['F3']);
    expect(first('累計（R3〜R7）', '累計実績')).toEqual(['F3']);
  });
});

test('a 目標の種類 cell 「5年間累計」 marks the row: it reads 累計（R3〜R5） under 実績 (no year of its own); 「年間」 rows keep R5', () => {
  const s = snap(
    '創業支援',
    [
      ['令和５年度 創業支援等事業計画 実績報告'],
      ['指標', '単位', '目標', null, '実績', null, null, null],
      [null, null, '目標の種類', '目標値', '令和3年度', '令和4年度', '令和5年度', '累計\n（R3〜R5）'],
      ['創業支援件数', '件', '5年間累計', 250, 48, 52, 57, 157],
      ['創業相談件数', '件', '年間', 400, 356, 412, 438, 1206],
    ],
    { merges: ['C2:D2', 'E2:H2', 'A2:A3', 'B2:B3'] },
  );
  const read = detectSheet(s, scale).indicators.map((i) => [
    i.name,
    i.targets.map((t) => t.cell),
    i.actuals.filter((a) => a.period?.fiscalYear === 2023).map((a) => a.cell),
  ]);
  expect(read).toEqual([
    ['創業支援件数', ['D4'], ['H4']],
    ['創業相談件数', ['D5'], ['G5']],
  ]);
});

test('「5年間累計」 takes no total counting from before the table’s first year (累計（R1〜R5）, （R1〜）, （制度開始から）): review rv55', () => {
  const s = (total: string) =>
    snap(
      '創業支援',
      [
        ['令和５年度 創業支援等事業計画（計画期間：令和3〜7年度）'],
        ['指標', '単位', '目標', null, '実績', null, null, null],
        [null, null, '目標の種類', '目標値', '令和3年度', '令和4年度', '令和5年度', total],
        ['創業支援件数', '件', '5年間累計', 250, 48, 52, 57, 262],
      ],
      { merges: ['C2:D2', 'E2:H2', 'A2:A3', 'B2:B3'] },
    );
  const read = (total: string) => checkWorkbook({ sheets: [s(total)] }, {}).report;
  for (const total of ['累計\n（R1〜R5）', '累計\n（R1〜）', '累計\n（制度開始から）']) {
    const report = read(total);
    expect(report.indicators[0].cells.actual).not.toBe('H4');
    expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
  }
  expect(read('累計\n（R3〜R5）').indicators[0].cells.actual).toBe('H4');
});

describe('単年度 | 累計（年度末時点） under one year’s 実績値 (a 施設整備 table)', () => {
  const s = snap(
    '施設',
    [
      ['No.', '指標', '単位', '令和５年度\n目標値', '令和５年度実績値', null],
      [null, null, null, null, '単年度', '累計\n（年度末時点）'],
      [1, '長寿命化改修を完了した学校数（累計）', '校', 7, 2, 6],
      [2, '学校トイレの洋式化率', '％', 85, '－', 87.3],
      [3, '通学路合同点検を実施した学校数', '校', 26, 26, '－'],
      [4, '防犯カメラを設置した学校数', '校', 20, 6, 14],
      [5, '空調設備の整備率（累計）', '％', 80, '－', null],
      [6, '学校施設の照明LED化率', '％', 60, 8.5, 54],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
  );
  const read = () => detectSheet(s, scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);

  test('a name closing with （累計） takes the 累計 figure; a 「－」 in the year’s column, or a rate, the figure beside it; others the year’s', () => {
    expect(read()).toEqual([
      ['長寿命化改修を完了した学校数（累計）', ['F3']],
      ['学校トイレの洋式化率', ['F4']],
      ['通学路合同点検を実施した学校数', ['E5']],
      ['防犯カメラを設置した学校数', ['E6']],
      ['空調設備の整備率（累計）', ['E7']],
      ['学校施設の照明LED化率', ['F8']],
    ]);
  });

  test('a rate beside a 累計 twin that states no point in time keeps the year’s column', () => {
    const plain = snap(
      '施設',
      [
        ['No.', '指標', '単位', '令和５年度\n目標値', '令和５年度実績値', null],
        [null, null, null, null, '単年度', '累計'],
        [1, '学校施設の照明LED化率', '％', 60, 8.5, 54],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
    );
    expect(detectSheet(plain, scale).indicators[0].actuals.map((a) => a.cell)).toEqual(['E3']);
  });

  test('the name’s mark is read from its closing bracket only', () => {
    expect(nameCumulativeMark('学校数（累計）')).toBe('累計');
    expect(nameCumulativeMark('学校数（令和元年度からの累計）')).toBe('令和元年度からの累計');
    expect(nameCumulativeMark('累計学校数')).toBeNull();
    expect(nameCumulativeMark('学校数（累計）（校）')).toBeNull();
  });
});
