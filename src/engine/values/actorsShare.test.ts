/** 「食品ロス削減に取り組む市民の割合」: the share of those taking part in a cut is more-is-better; the cut itself stays down. */
import { countsActorsOnAim } from './actorsShare';
import { wayFromText } from './directionWords';

test('a share or a count of those who take part in the cut: no down', () => {
  for (const t of ['食品ロス削減に取り組む市民の割合', 'ごみ削減に取り組んでいる市民の割合', 'CO2削減に努めている世帯の割合', '排出抑制に協力した事業者数'])
    expect(wayFromText(t)).not.toBe('down');
});

test('the cut itself, a result of it or a way said of the share stays down', () => {
  for (const t of ['食品ロスの削減', '削減につながった件数', '減少に転じた地区数', 'ごみ削減に取り組む', '削減に取り組む市民の割合を減らす'])
    expect(wayFromText(t)).toBe('down');
  expect(countsActorsOnAim('に取り組む市民の割合')).toBe(true);
  expect(countsActorsOnAim('につながる市民の割合')).toBe(false);
});

test('the aim named as the goal of the acting (に向けて / のために): those acting, no down: review rv81 item 2', () => {
  for (const t of ['ごみ排出量の削減に向けて取り組む事業者数', '温室効果ガス削減のために行動している市民の割合', 'CO2削減に向けた活動に参加した団体数'])
    expect([t, wayFromText(t)]).not.toEqual([t, 'down']);
  for (const t of ['ごみ排出量の削減に向けて取り組む', '削減に向けて取り組む市民の割合を減らす']) expect([t, wayFromText(t)]).toEqual([t, 'down']);
});

test('review rv82a item 2: the acting as a noun done, an adverb before the verb, a noun before the count, the times acted: no down', () => {
  for (const t of [
    '食品ロス削減に向けた取組を行う店舗数',
    'ごみ減量に向けた活動を実施する団体数',
    '温室効果ガス削減に主体的に取り組む市民の割合',
    '不法投棄の防止に向けて活動する環境美化ボランティア団体数',
    '空き家の減少に向けて活動した回数',
  ])
    expect([t, wayFromText(t)]).not.toEqual([t, 'down']);
  for (const t of ['食品ロス削減に向けた取組を行う', '不法投棄の防止に向けて活動する団体数を減らす', '削減に向けた取組を行った結果の排出量'])
    expect([t, wayFromText(t)]).toEqual([t, 'down']);
});
