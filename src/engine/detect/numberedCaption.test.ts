/** A small table's numbered caption (「(1) 居宅介護」) names its one indicator with no guess; an unnumbered line still is one. */
import { detectSheet } from './index';
import { isNumberedCaption } from './numberedCaption';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test('a caption is a list number and words: not a bare number, not a figure, not words alone', () => {
  for (const t of ['(1) 居宅介護', '１　温室効果ガス総排出量（単位：t-CO2）', '① 就労移行支援', '2. 短期入所', '（３）計画相談支援'])
    expect([t, isNumberedCaption(t)]).toEqual([t, true]);
  for (const t of ['居宅介護', '(1)', '1 120人', '2023 年度', '(2) 15.0%']) expect([t, isNumberedCaption(t)]).toEqual([t, false]);
});

/** A small table of one service, its caption `caption` on `gap` lines above, and a second series group when `two`. */
function sheet(caption: string, opts: { gap?: number; between?: string; two?: boolean } = {}) {
  const rows: unknown[][] = [['障害福祉計画　令和5年度 実績'], [], [caption]];
  for (let i = 1; i < (opts.gap ?? 1); i++) rows.push(i === 1 && opts.between ? [opts.between] : []);
  rows.push(['区分', '単位', '令和3年度', '令和4年度', '令和5年度']);
  rows.push(['計画値（見込量）', '時間/月', 3200, 3300, 3400], ['実績', '時間/月', 3050, 3180, 3290]);
  if (opts.two) rows.push(['計画値（見込量）', '人', 20, 21, 22], ['実績', '人', 19, 20, 23]);
  return snap('地域生活', rows as never);
}

const read = (s: ReturnType<typeof sheet>) => detectSheet(s, scale).indicators.map((i) => [i.name, i.guesses?.map((g) => g.reason) ?? []]);

test('the numbered caption right above the block is its name, with no guess; empty lines between change nothing', () => {
  expect(read(sheet('(1) 居宅介護'))).toEqual([['居宅介護', []]]);
  expect(read(sheet('１　居宅介護', { gap: 2 }))).toEqual([['居宅介護', []]]);
});

test('an unnumbered heading, a text line between, or a block of two indicators keeps the name flagged as a guess', () => {
  expect(read(sheet('居宅介護'))).toEqual([['居宅介護', ['name-from-description']]]);
  const between = read(sheet('(1) 居宅介護', { gap: 2, between: '※見込量は第6期計画による' }));
  expect(between.every(([, g]) => (g as string[]).includes('name-from-description'))).toBe(true);
  const two = read(sheet('(1) 居宅介護', { two: true }));
  expect(two.length).toBeGreaterThan(0);
  expect(two[0][1]).toContain('name-from-description');
});

test('a unit line, a heading of the plan (基本目標, 施策) or a block named on its own period row is no caption', () => {
  expect(isNumberedCaption('(1) 単位：千円')).toBe(false);
  expect(isNumberedCaption('１　基本目標1　健やかに暮らせるまち')).toBe(false);
  const s = snap('健康', [
    ['令和5年度 実績'],
    ['(1) 健康づくりの推進'],
    ['特定健康診査の受診率', '単位', '令和3年度', '令和4年度', '令和5年度'],
    ['目標値', '％', 40, 42, 45],
    ['実績値', '％', 38, 39, 41],
  ] as never);
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.guesses?.map((g) => g.reason) ?? []).toEqual(ind.name === '特定健康診査の受診率' ? [] : ['name-from-description']);
});
