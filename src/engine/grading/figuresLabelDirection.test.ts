/**
 * A project table whose name column holds the project and whose figures carry their measure's words (「待機児童数 5人」,
 * 「不法投棄を減らす件数 …」): a lower-is-better word or subject in the label of the indicator's own figures gives its way
 * when nothing else does, the source naming that figure's cell; labels that differ between figures say nothing.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from '../detect';
import { snap } from '../detect/testing';
import { DEFAULT_RULES } from './rules';
import { directionWithSource } from './direction';

const rows = (target: string, actual: string) => [
  ['令和5年度　事業評価一覧', null, null, null],
  ['No.', '事業名', 'R5年度目標', 'R5年度実績'],
  [1, '地域安全パトロール事業', target, actual],
  [2, '防犯講習会開催事業', '参加者数 300人', '参加者数 320人'],
];

const named = (target: string, actual: string, name: string) => {
  const d = detectSheet(snap('事業', rows(target, actual)), DEFAULT_RULES.scale);
  return d.indicators.find((i) => i.name === name)!;
};

test('a lower-is-better subject in the figures’ label gives the way down, graded target ÷ actual', () => {
  const { report } = checkWorkbook({ sheets: [snap('事業', rows('刑法犯認知件数 500件', '刑法犯認知件数 550件'))] }, {});
  const by = (n: string) => report.indicators.find((i) => i.name === n)!;
  expect([by('地域安全パトロール事業').direction, by('地域安全パトロール事業').grade]).toEqual(['down', 'B']);
  expect(by('防犯講習会開催事業').direction).toBe('up');
});

test('the reading names the first labelled figure’s cell as its source', () => {
  const ind = named('刑法犯認知件数 500件', '刑法犯認知件数 550件', '地域安全パトロール事業');
  expect(directionWithSource(ind, DEFAULT_RULES)).toEqual({ value: 'down', source: 'subject', cell: 'C3' });
});

test('a lower-is-better word in the label (…の削減) counts as words', () => {
  const ind = named('空き家の削減 20件', '空き家の削減 18件', '地域安全パトロール事業');
  expect(directionWithSource(ind, DEFAULT_RULES)).toMatchObject({ value: 'down', source: 'words' });
});

test('figures labelled with different measures say no way', () => {
  const ind = named('刑法犯認知件数 500件', 'パトロール回数 550回', '地域安全パトロール事業');
  expect(directionWithSource(ind, DEFAULT_RULES).value).toBe('up');
});
