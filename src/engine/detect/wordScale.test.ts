import { checkWorkbook } from '../actions/check';
import { DEFAULT_RULES } from '../grading/rules';
import { snap } from './testing';
import { readWordScale } from './wordScale';

const AD = DEFAULT_RULES.scale;
const words = (...texts: string[]) => {
  const s = readWordScale(
    texts.map((t, i): [string, string] => [`A${i + 20}`, t]),
    AD,
  );
  return s ? s.bands.map((b) => [b.grade, b.min]) : null;
};

const LEGEND = '　　　評価　達成：達成度100％以上　概ね達成：80％以上100％未満　未達成：80％未満';

describe('readWordScale: a scale of the sheet’s own words its legend states whole', () => {
  test('every word joined to its band, each band closed by the one above it', () => {
    expect(words(LEGEND)).toEqual([
      ['達成', 1],
      ['概ね達成', 0.8],
      ['未達成', null],
    ]);
    expect(words('達成：100%以上　未達成：100%未満')).toEqual([
      ['達成', 1],
      ['未達成', null],
    ]);
  });

  test('lower bounds alone, falling, the last word below the one above (read first match first, as the README’s 【評価基準】)', () => {
    expect(words('達成：100％以上　概ね達成：80％以上　未達成：80％未満')).toEqual([
      ['達成', 1],
      ['概ね達成', 0.8],
      ['未達成', null],
    ]);
  });

  test('「目標値以上」 with no figure is the 100 % bound: the top word is never dropped from the scale', () => {
    expect(words('【達成状況の区分】　達成：目標値以上　概ね達成：目標値の80％以上　未達成：目標値の80％未満又は未実施')).toEqual([
      ['達成', 1],
      ['概ね達成', 0.8],
      ['未達成', null],
    ]);
    // A top word with no bound at all (「達成：目標どおり」) leaves the legend incomplete: nothing, never a scale without it.
    expect(words('達成：目標どおり　概ね達成：80％以上100％未満　未達成：80％未満')).toBeNull();
    expect(words('達成：目標どおり　概ね達成：80％以上　未達成：80％未満')).toBeNull();
  });

  test('nothing from a word list without complete bands, overlapping or gapped bands, letters, headings or the scale in force', () => {
    expect(words('評価　達成・概ね達成・未達成（100％以上）')).toBeNull();
    expect(words('達成：100％以上　概ね達成：80％以上　未達成：90％未満')).toBeNull();
    expect(words('達成：100％以上　概ね達成：80％以上　未達成：70％以上')).toBeNull();
    expect(words('達成：100％以上　概ね達成：80％以上90％未満　未達成：80％未満')).toBeNull();
    expect(words('達成：100％以上')).toBeNull();
    expect(words('達成＝A（100％以上）　概ね達成＝B（80％以上100％未満）　未達成＝C（80％未満）')).toBeNull();
    expect(words('目標：100％以上　実績：100％未満')).toBeNull();
    expect(words('順調：100％以上　概ね順調：80％以上100％未満　遅れている：80％未満')).toBeNull();
    expect(words('評価は前年度比による　改善：100％以上　悪化：100％未満')).toBeNull();
    // Two legends of words: which one grades is not said.
    expect(words('達成：100％以上　未達成：100％未満', '良好：達成度90％以上　要改善：90％未満')).toBeNull();
  });

  test('nothing from a legend of another measure (執行率, 前年度比, 満足度), nor beside a letter legend with bands', () => {
    expect(words('※予算執行状況の区分　良好：執行率90％以上　やや低調：70％以上90％未満　低調：70％未満')).toBeNull();
    expect(words('※傾向　上昇：前年度比105％以上　横ばい：95％以上105％未満　低下：95％未満')).toBeNull();
    expect(words('満足度　高い：60％以上　普通：40％以上60％未満　低い：40％未満')).toBeNull();
    expect(words('評価　A：達成度100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満', LEGEND)).toBeNull();
    expect(words('良好：達成率100％以上　要改善：100％未満')).toEqual([
      ['良好', 1],
      ['要改善', null],
    ]);
  });
});

/** A 調書's table: 達成度 in percentages, then 評価 in the legend's words, the legend under it. */
const sheet = (legend: string) =>
  snap('調書', [
    ['令和5年度 政策評価調書'],
    ['指標名', '単位', '目標値', 'R5実績', '達成度', '評価'],
    ['企業立地件数', '件', 35, 38, '108.6%', '達成'],
    ['輸出額', '億円', 20, 17.3, '86.5%', '概ね達成'],
    ['新規就農者数', '人', 260, 198, '76.2%', '未達成'],
    [],
    [legend],
  ]);

describe('a sheet graded in its own words', () => {
  test('graded in the words, the 評価 column beside the 達成度 read as the written grade', () => {
    const report = checkWorkbook({ sheets: [sheet(LEGEND)] }, {}).report;
    expect(report.indicators.map((i) => [i.grade, i.existingGrade, i.cells.grade])).toEqual([
      ['達成', '達成', 'F3'],
      ['概ね達成', '概ね達成', 'F4'],
      ['未達成', '未達成', 'F5'],
    ]);
    expect(report.findings.map((f) => f.code)).not.toContain('rating-mismatch');
    expect(report.findings.find((f) => f.code === 'sheet-bands-used')?.cell).toBe('A7');
  });

  test('a legend of words on another sheet (a 記入要領) is no scale of the workbook: the indicators keep the scale in force', () => {
    const plain = snap('指標', [
      ['指標名', '単位', '目標値', '実績値'],
      ['図書館の利用者数', '人', 100000, 85000],
      ['学習相談件数', '件', 500, 520],
    ]);
    const guide = snap('記入要領', [['評価の区分'], ['達成：達成度100％以上　概ね達成：80％以上100％未満　未達成：80％未満']]);
    const report = checkWorkbook({ sheets: [plain, guide] }, {}).report;
    expect(report.indicators.map((i) => i.grade)).toEqual(['B', 'A']);
  });

  test('a word list without bands leaves the scale in force, the words no written grade', () => {
    const report = checkWorkbook({ sheets: [sheet('評価　達成／概ね達成／未達成')] }, {}).report;
    expect(report.indicators.map((i) => [i.grade, i.existingGrade])).toEqual([
      ['A', null],
      ['B', null],
      ['C', null],
    ]);
  });
});
