/** A target written as a bound: a ceiling (以下 / 未満 / 以内 / を下回る) points down, a floor (以上 / を上回る) up. */
import { targetBound } from './targetBound';

test.each([
  ['農作物被害額 1,500万円以下', 'down', '1,500万円以下'],
  ['救急車の現場到着時間 ８分以内', 'down', '8分以内'],
  ['5件未満', 'down', '5件未満'],
  ['前年度実績を下回る', 'down', '前年度実績を下回る'],
  ['検診受診率 50%以上', 'up', '50%以上'],
  ['全国平均を上回ること', 'up', '全国平均を上回る'],
  ['千t-CO2 820 以下とする', 'down', '820 以下'],
  ['前年度実績以下', 'down', '前年度実績以下'],
  ['全国平均以上', 'up', '全国平均以上'],
])('%s → %s', (text, way, word) => {
  expect(targetBound(text)).toEqual({ way, word });
});

test.each([
  ['1,200件', 'no bound'],
  ['以下のとおり設定する', 'a bound with no figure before it'],
  ['前年度比5%以上削減', 'a change of at least 5 %: the change word gives the way'],
  ['10%以上の増加', 'the same with の'],
  ['65歳以上の高齢者の割合 30%', 'a bound on the group counted, not on the figure'],
  ['3人以上世帯数 120世帯', 'the same before a noun'],
  ['3年以内で起業した市民への補助 5件', 'a condition on what is counted, before a particle'],
  ['100件以上 ただし 200件未満', 'two bounds that disagree'],
])('%s: none (%s)', (text) => {
  expect(targetBound(text)).toBeNull();
});

test.each([
  ['会員数 600人以上確保', 'up'],
  ['待機児童数 10人以下に抑える', 'down'],
  ['事故件数 20件未満を目指す', 'down'],
  ['満足度 80%以上を維持', 'up'],
  ['到着時間（8分以内）', 'down'],
])('%s: a verb about the target or a bracket closes the bound (%s)', (text, way) => {
  expect(targetBound(text)?.way).toBe(way);
});

test('a band (a floor and a ceiling) states no way', () => {
  expect(targetBound('40％以上60％以下')).toBeNull();
  expect(targetBound('40以上、60未満')).toBeNull();
  expect(targetBound('60％以下')).toEqual({ way: 'down', word: '60%以下' });
});

test('a bound with a bracketed age band is a bound, no band (「12％以下（40歳以上74歳以下）」)', () => {
  expect(targetBound('12％以下（40歳以上74歳以下）')?.way).toBe('down');
});
