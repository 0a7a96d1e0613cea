/** A target column of changes from the baseline, said so by its heading or a note: 「△10％」 is the baseline less a tenth, a guess. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows = (targetHeading: string, note: string | null) =>
  snap('延床面積', [
    ['公共施設等総合管理計画 延床面積の状況（令和5年度末現在）'],
    ['施設類型', '基準値\n（平成28年度）', targetHeading, '令和5年度実績'],
    ['学校教育系施設', 48620, '△10％', 46210],
    ['子育て支援施設', 3210, '－', 3480],
    [],
    [note],
  ]);

const read = (targetHeading: string, note: string | null = null) => {
  const { report } = checkWorkbook({ sheets: [rows(targetHeading, note)] }, {});
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => (f.params as { cells?: string[] }).cells);
  return { read: report.indicators.map((i) => [i.name, i.target, i.direction, i.grade]), guesses };
};

test('a note saying the heading’s figures are a rate against the base year: the baseline less the cut, a guess naming the note', () => {
  const r = read('縮減目標\n（令和13年度まで）', '※縮減目標は基準年度（平成28年度末）の延床面積に対する削減率。△は減少を示す。');
  expect(r.read).toEqual([
    ['学校教育系施設', 43758, 'down', 'B'],
    ['子育て支援施設', null, 'down', null],
  ]);
  expect(r.guesses).toEqual([['C3', 'B3', 'A6']]);
});

test('a target heading naming the base (「目標（基準年度比）」「削減目標（基準年度比）」) says it alone', () => {
  for (const heading of ['目標（基準年度比）', '削減目標（基準年度比）']) {
    const r = read(heading);
    expect(r.read[0]).toEqual(['学校教育系施設', 43758, 'down', 'B']);
    expect(r.guesses).toEqual([['C3', 'B3', 'C2']]);
  }
});

test('no heading or note naming the base, or a note about another heading: 「△10％」 is no change from the baseline', () => {
  for (const r of [read('縮減目標\n（令和13年度まで）'), read('縮減目標\n（令和13年度まで）', '※削減率は基準年度の延床面積に対する割合。')]) {
    expect(r.read[0][1]).toBe(-10);
    expect(r.guesses).toEqual([]);
  }
});
