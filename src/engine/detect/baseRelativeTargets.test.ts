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

test('no heading or note naming the base, or a note about another heading: 「△10％」 is no change from the baseline, nor a level (no grade)', () => {
  for (const r of [read('縮減目標\n（令和13年度まで）'), read('縮減目標\n（令和13年度まで）', '※削減率は基準年度の延床面積に対する割合。')]) {
    expect(r.read[0]).toEqual(['学校教育系施設', null, 'down', null]);
    expect(r.guesses).toEqual([]);
  }
});

test('a plain 目標 heading naming no base: 「△10％」 stays the figure written (a rate’s level may be negative)', () => {
  expect(read('目標（令和13年度）').read[0][1]).toBe(-10);
});

const sheetOf = (heading: string, targets: (string | number)[], unit?: string) =>
  snap('延床面積', [
    ['延床面積の状況（令和5年度）'],
    ['施設類型', ...(unit ? ['単位'] : []), '基準値（平成28年度）', heading, '令和5年度実績'],
    ['学校教育系施設', ...(unit ? [unit] : []), 48620, targets[0], 46210],
    ['公営住宅', ...(unit ? [unit] : []), 21350, targets[1], 19880],
  ]);
const readSheet = (s: ReturnType<typeof snap>) => checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.target, i.grade]);

test('「90％」 under 「目標（基準年度比）」 or 「縮減目標（基準年度比）」 (the share kept, or a 90 % cut?): no target, no grade', () => {
  for (const heading of ['目標（基準年度比）', '縮減目標（基準年度比）'])
    expect(readSheet(sheetOf(heading, ['90％', '85％']))).toEqual([
      ['学校教育系施設', null, null],
      ['公営住宅', null, null],
    ]);
});

test('「＋5％」 under 「目標（基準値比）」 of a rate measured in ％ (points, or a twentieth?): no target, no grade', () => {
  expect(readSheet(sheetOf('目標（基準値比）', ['＋5％', '＋5％'], '％'))[0]).toEqual(['学校教育系施設', null, null]);
});

test('-0.1 formatted 「△10%」 under 「目標（基準年度比）」: the baseline less a tenth, as the text 「△10％」', () => {
  const s = sheetOf('目標（基準年度比）', [-0.1, -0.15]);
  const formats = s.values.map((r) => r.map((v) => (typeof v === 'number' && v < 0 ? '0%;"△"0%' : null)));
  expect(readSheet({ ...s, numberFormats: formats })).toEqual([
    ['学校教育系施設', 43758, 'B'],
    ['公営住宅', 18147.5, 'B'],
  ]);
});
