/** A unit closing the indicator's description is its unit when nothing else gives one. */
import { checkWorkbook } from '../actions/check';
import { descriptionUnit } from './descriptionUnit';
import { snap } from './testing';

test('only a closing bracket holding a unit alone is a unit', () => {
  expect(descriptionUnit('市内観光地点の年間入込客数（万人）')).toBe('万人');
  expect(descriptionUnit('市内宿泊施設の外国人延べ宿泊者数（人泊）')).toBe('人泊');
  expect(descriptionUnit('観光客アンケートで「満足」と回答した割合（％）')).toBe('%');
  expect(descriptionUnit('相談件数（人）を集計し公表する')).toBeUndefined();
  expect(descriptionUnit('市内の延べ参加者数（市内全域）')).toBeUndefined();
  // What a denominator counts, and a thing's abbreviation, are no unit of the indicator (review rv46).
  expect(descriptionUnit('省エネ機器を導入した世帯の割合。分母は市内の全世帯数（世帯）')).toBeUndefined();
  expect(descriptionUnit('公共施設に設置した太陽光発電（PV）')).toBeUndefined();
});

test('指標 | 指標の説明 | 目標 | 実績 with units only in the description; a unit column wins', () => {
  const sheet = snap('成果指標', [
    ['観光振興計画　成果指標（令和５年度）'],
    [],
    ['指標', '指標の説明', '目標（R8）', '実績'],
    ['観光入込客数', '市内観光地点の年間入込客数（万人）', 320, '301'],
    ['観光消費額', '観光客の市内消費額の推計（億円）', 250, 232.6],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, { period: '2023' });
  expect(report.indicators.map((i) => [i.name, i.unit])).toEqual([
    ['観光入込客数', '万人'],
    ['観光消費額', '億円'],
  ]);
  const withUnit = snap('成果指標', [
    ['指標', '単位', '指標の説明', '目標', '実績'],
    ['観光入込客数', '千人', '年間入込客数（万人）', 3200, 3010],
  ]);
  expect(checkWorkbook({ sheets: [withUnit] }, { period: '2023' }).report.indicators.map((i) => i.unit)).toEqual(['千人']);
});
