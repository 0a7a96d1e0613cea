/** A renamed indicator's former name in brackets after its name (「（旧：…）」「（旧名称：…）」) is no part of the name. */
import { checkWorkbook } from '../actions/check';
import { cleanName } from './names';
import { snap } from './testing';

test.each([
  ['結核患者の治療成功率（旧：結核患者の治療完了率）', '結核患者の治療成功率', '結核患者の治療完了率'],
  ['結核患者の治療成功率(旧:結核患者の治療完了率)', '結核患者の治療成功率', '結核患者の治療完了率'],
  ['MR第1期の予防接種率（旧名称：麻しん・風しん（MR）接種率）', 'MR第1期の予防接種率', '麻しん・風しん（MR）接種率'],
  ['利用者数（旧指標名「延べ利用者数」）', '利用者数', '延べ利用者数'],
  ['相談件数（旧称：相談受付件数）（件）', '相談件数', '相談受付件数'],
  ['相談件数（件）（旧：相談受付件数）', '相談件数', '相談受付件数'],
])('%s: the bracket is the former name', (raw, name, former) => {
  expect(cleanName(raw)).toMatchObject({ name, formerName: former });
});

test.each([
  // A place or a thing called 旧… is what is measured: it stays in the name.
  ['人口（旧町村部）', '人口（旧町村部）'],
  ['遊休地（旧第2ポンプ場跡地）の売却', '遊休地（旧第2ポンプ場跡地）の売却'],
  ['空き家の件数（旧市街地）', '空き家の件数（旧市街地）'],
  // A bracket that is all there is stays the name.
  ['（旧：相談受付件数）', '（旧：相談受付件数）'],
])('%s: no former name', (raw, name) => {
  const got = cleanName(raw);
  expect(got.name).toBe(name);
  expect(got.formerName).toBeUndefined();
});

test('a table row named with its former name in brackets: the indicator keeps the new name only', () => {
  const sheet = snap('成果指標', [
    ['令和5年度 成果指標'],
    ['指標名', '単位', '目標値', '実績値'],
    ['結核患者の治療成功率（旧：結核患者の治療完了率）', '％', 90, 91.4],
    ['人口（旧町村部）', '人', 5000, 4800],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['結核患者の治療成功率', '人口（旧町村部）']);
});
