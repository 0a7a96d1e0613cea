/** A target 「全校」 with the count in the row's 備考 (「市立小中学校は全24校」) is that count. */
import type { RawIndicator, TargetPoint } from '../detect';
import { parseValue } from '../values/values';
import { allCountInRemark, allOfCounter, withAllOfTargets } from './allOfTarget';

function indicator(target: string, note: string | undefined, unit?: string): RawIndicator {
  const t: TargetPoint = { cell: 'E5', row: 5, col: 5, raw: target, formula: null, parsed: parseValue(target), kind: 'target' };
  return {
    sheet: 'S',
    layout: 'table',
    row: 5,
    id: null,
    name: '人権教育を実施した学校数',
    nameCell: 'B5',
    wordsForDirection: '',
    cumulative: false,
    repeated: false,
    actuals: [],
    baselines: [],
    targets: [t],
    ...(note === undefined ? {} : { note, noteCell: 'I5' }),
    ...(unit ? { unit } : {}),
  } as RawIndicator;
}

test.each([
  ['全校', '校'],
  ['全地区', '地区'],
  ['全 施設', '施設'],
])('%s names every %s', (text, counter) => expect(allOfCounter(text)).toBe(counter));

test.each(['全', '全24校', '全校実施済み', '校'])('%s is no 「全…」 target', (text) => expect(allOfCounter(text)).toBeNull());

test.each([
  ['市立小中学校は全24校', '校', 24],
  ['全１５校（小10・中5）', '校', 15],
  ['全24校区', '校', null],
  ['小学校は全16校、中学校は全8校', '校', null],
  ['全校で実施', '校', null],
  ['全24校。うち全24校で実施', '校', 24],
])('remark %s gives %s: %s', (remark, counter, count) => expect(allCountInRemark(counter, remark)).toBe(count));

test('a 「全校」 target with 「全24校」 in the 備考 is 24', () => {
  const t = withAllOfTargets(indicator('全校', '市立小中学校は全24校', '校')).targets[0];
  expect(t.parsed.status).toBe('value');
  expect(t.parsed.value).toBe(24);
});

test('without a count in the 備考, or with a unit naming something else, 「全校」 stays unread', () => {
  expect(withAllOfTargets(indicator('全校', '全校で実施を目指す', '校')).targets[0].parsed.status).toBe('text');
  expect(withAllOfTargets(indicator('全校', undefined, '校')).targets[0].parsed.status).toBe('text');
  expect(withAllOfTargets(indicator('全校', '市立小中学校は全24校', '％')).targets[0].parsed.status).toBe('text');
});

test.each([
  ['中学校は全8校に配置済み', '小学校へのICT支援員配置校数', '校', null],
  ['市立小中学校は全24校', '中学校の配置校数', '校', null],
  ['市立小中学校は全24校', '人権教育を実施した学校数', '校', 24],
  ['市内の全12校', '小学校へのICT支援員配置校数', '校', 12],
  ['小学校は全12校', '小学校へのICT支援員配置校数', '校', 12],
  ['対象は全40施設', '公共施設の改修数', '施設', 40],
])('remark %s for %s gives %s (the count must be of the same set)', (remark, name, counter, count) =>
  expect(allCountInRemark(counter, remark, name)).toBe(count),
);

test('a rate (its name, unit or remark says so) with 「全校」 is never read as a count', () => {
  const rate = (name: string, note: string, unit?: string) => withAllOfTargets({ ...indicator('全校', note, unit), name }).targets[0].parsed.status;
  expect(rate('コミュニティ・スクール導入率', '全24校のうち18校で導入')).toBe('text');
  expect(rate('公共施設の耐震化', '対象は全24校（耐震化率％）')).toBe('text');
  expect(rate('人権教育を実施した学校数', '全24校のうち18校で実施')).toBe('value');
});
