/**
 * A welfare plan's service table: each service (サービス種別 / サービス名 heading) with 見込量 (the plan's expected
 * amount: that year's target) and 実績 under each merged year heading; the evaluation year's pair is read.
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const services = (nameHeading: string, planHeading: string) =>
  snap(
    '見込量',
    [
      ['介護保険サービスの見込量と実績（令和５年度実績）'],
      [],
      [nameHeading, '単位', '令和５年度', null, '令和６年度', null],
      [null, null, planHeading, '実績', planHeading, '実績'],
      ['訪問看護', '回/月', 900, 870, 950],
      ['通所リハビリテーション', '人/月', 120, 131, 125],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'] },
  );

test.each([
  ['サービス種別', '見込量'],
  ['サービス名', '見込み量'],
  ['サービスの種類', '計画見込量'],
])('under a %s heading, %s and 実績 of the evaluation year are its target and actual', (nameHeading, planHeading) => {
  const d = detectSheet(services(nameHeading, planHeading), scale);
  const read = d.indicators.map((i) => [i.name, i.unit, i.targets.map((t) => t.parsed.value), i.actuals.map((a) => a.parsed.value)]);
  expect(read.map((r) => r.slice(0, 2))).toEqual([
    ['訪問看護', '回/月'],
    ['通所リハビリテーション', '人/月'],
  ]);
  expect(read.map((r) => r[2])).toEqual([
    [900, 950],
    [120, 125],
  ]);
  expect(read.map((r) => r[3])).toEqual([[870], [131]]);
});
