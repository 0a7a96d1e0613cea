/** Period headings counted in plan years (1年目 …) read as the fiscal years a line of the sheet maps them to. */
import { checkWorkbook } from '../actions/check';
import { withPlanYears } from './planYearHeadings';
import { snap } from './testing';

const sheet = (mapping: string | null) =>
  snap('成果指標', [
    ['観光振興プラン　指標の推移'],
    [mapping],
    ['指標', '単位', '1年目', '2年目', '3年目', '目標（4年目）'],
    ['観光客数', '千人', 410, 432, 455, 500],
  ]);

test('each plan-year heading cell is written as the fiscal year the mapping line gives it; other cells are kept', () => {
  const s = sheet('※1年目＝R2年度、2年目＝R3年度、3年目＝R4年度、4年目＝R5年度');
  const out = withPlanYears(s);
  expect(out.values[2]).toEqual(['指標', '単位', '令和2年度', '令和3年度', '令和4年度', '目標（4年目）']);
  expect(out.values[1]).toBe(s.values[1]);
  // The snapshot read is never changed.
  expect(s.values[2][2]).toBe('1年目');
});

test('one pair is enough, written with brackets: 「評価対象：2年目（2021年度）」', () => {
  expect(withPlanYears(sheet('評価対象：2年目（2021年度）')).values[2].slice(2, 5)).toEqual(['令和2年度', '令和3年度', '令和4年度']);
});

test('refused: no mapping, pairs that disagree, a single plan-year heading', () => {
  for (const m of [null, '1年目＝令和2年度、2年目＝令和5年度', '計画の3年目にあたる']) {
    const s = sheet(m);
    expect(withPlanYears(s)).toBe(s);
  }
  const one = snap('S', [['1年目＝令和2年度'], ['指標', '1年目', '合計'], ['観光客数', 410, 410]]);
  expect(withPlanYears(one)).toBe(one);
});

test('read through check: the plan years graded as the fiscal years, the cells named as written', () => {
  const { report } = checkWorkbook({ sheets: [sheet('計画期間：1年目＝令和2年度 … 4年目＝令和5年度')] }, {});
  expect(report.period?.fiscalYear).toBe(2022);
  const ind = report.indicators[0];
  expect([ind.name, ind.actual, ind.cells.actual, ind.cells.period]).toEqual(['観光客数', 455, 'E4', 'E3']);
});

/** A table of plan years under a title stating the plan's term, a remark in the body pairing another thing's year. */
const termed = (title: string, remark: string | null) =>
  snap('成果指標', [
    [title],
    ['指標', '区分', '1年目', '2年目', '3年目', '4年目', '備考'],
    ['図書の貸出冊数', '目標', 900, 950, 1000, 1050, remark],
    [null, '実績', 920, 930, null, null, null],
  ]);

test('a pair in the table’s body or 備考 (another thing’s year) maps nothing: the plan term above the headings gives 1年目 its first year', () => {
  const out = withPlanYears(termed('読書推進計画の指標（計画期間：令和4年度～令和7年度）', '新事業の1年目（令和5年度）'));
  expect(out.values[1].slice(2, 6)).toEqual(['令和4年度', '令和5年度', '令和6年度', '令和7年度']);
  const bare = termed('読書推進計画の指標', '新事業の1年目（令和5年度）');
  expect(withPlanYears(bare)).toBe(bare);
});

test('a plan term too short for the headings, or disagreeing with the pairs above them, maps nothing', () => {
  const short = termed('読書推進計画の指標（計画期間：令和4年度～令和6年度）', null);
  expect(withPlanYears(short)).toBe(short);
  const s = snap('成果指標', [
    ['読書推進計画の指標（計画期間：令和4年度～令和7年度）'],
    ['※1年目＝令和5年度'],
    ['指標', '1年目', '2年目'],
    ['図書の貸出冊数', 900, 950],
  ]);
  expect(withPlanYears(s)).toBe(s);
});
