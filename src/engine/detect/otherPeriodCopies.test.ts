import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];
const header = ['指標名', '単位', '目標値', '実績値'];

test('a table captioned with another year whose indicators recur on the sheet is that year’s copy: left out, and said so', () => {
  const s = snap('福祉', [
    ['令和５年度　成果指標評価表'],
    [null],
    header,
    ['相談件数', '件', 100, 90],
    ['利用者数', '人', 50, 55],
    [null],
    ['（参考）令和４年度'],
    header,
    ['相談件数', '件', 90, 88],
    ['利用者数', '人', 45, 40],
  ]);
  const d = detectSheet(s, scale);
  expect(d.indicators.map((i) => [i.name, i.actuals.map((p) => p.parsed.value)])).toEqual([
    ['相談件数', [90]],
    ['利用者数', [55]],
  ]);
  expect(d.otherPeriodCopies).toEqual([
    expect.objectContaining({
      cell: 'A7',
      text: '（参考）令和４年度',
      indicators: ['相談件数', '利用者数'],
      period: expect.objectContaining({ fiscalYear: 2022 }),
    }),
  ]);
});

test('tables of the sheet’s own year, or of another year with other indicators, are all read', () => {
  const s = snap('指標', [
    ['令和５年度　成果指標'],
    ['令和５年度'],
    header,
    ['相談件数', '件', 100, 90],
    [null],
    ['令和４年度'],
    header,
    ['講座参加者数', '人', 30, 28],
  ]);
  const d = detectSheet(s, scale);
  expect(d.indicators.map((i) => i.name)).toEqual(['相談件数', '講座参加者数']);
  expect(d.otherPeriodCopies).toBeUndefined();
});

test('with no period stated on the sheet nothing is left out', () => {
  const s = snap('指標', [header, ['相談件数', '件', 100, 90], [null], ['令和４年度'], header, ['相談件数', '件', 90, 88]]);
  expect(detectSheet(s, scale).indicators).toHaveLength(2);
});

test('two tables each captioned with another year than the sheet’s stated one are both read: neither is a copy of this year’s', () => {
  const s = snap('指標', [
    ['評価対象期間：令和５年度'],
    ['令和３年度'],
    header,
    ['相談件数', '件', 100, 90],
    [null],
    ['令和４年度'],
    header,
    ['相談件数', '件', 100, 95],
  ]);
  const d = detectSheet(s, scale);
  expect(d.indicators).toHaveLength(2);
  expect(d.otherPeriodCopies).toBeUndefined();
});

test('review rv82b item 3: 「成果指標（令和４年度見直し）」 over a unit line dates the indicators’ revision, no figures: the year’s table', () => {
  const s = snap('消費生活', [
    ['令和５年度　消費生活センター事業評価'],
    [null],
    ['成果指標（令和４年度見直し）'],
    ['（単位：件）'],
    header,
    ['消費生活相談の受付件数', '件', 1200, 1135],
    ['出前講座の開催回数', '回', 40, 44],
    [null],
    ['【参考】令和４年度実績'],
    header,
    ['消費生活相談の受付件数', '件', 1200, 1180],
    ['出前講座の開催回数', '回', 40, 38],
  ]);
  const d = detectSheet(s, scale);
  expect(d.indicators.map((i) => [i.name, i.actuals.map((p) => p.parsed.value)])).toEqual([
    ['消費生活相談の受付件数', [1135]],
    ['出前講座の開催回数', [44]],
  ]);
  expect((d.otherPeriodCopies ?? []).map((c) => c.cell)).toEqual(['A9']);
});
