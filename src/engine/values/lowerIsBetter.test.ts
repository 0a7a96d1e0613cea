import { lowerIsBetterSubject } from './lowerIsBetter';

describe('lowerIsBetterSubject', () => {
  test.each([
    ['交通事故発生件数', '事故発生件数'],
    ['ごみ総排出量', 'ごみ総排出量'],
    ['市民1人1日当たりごみ排出量（家庭系）', 'ごみ排出量'],
    ['温室効果ガス排出量（市役所事務事業）', '温室効果ガス排出量'],
    ['放課後児童クラブ待機児童数', '待機児童数'],
    ['刑法犯認知件数', '刑法犯認知件数'],
    ['農作物被害額', '被害額'],
    ['空き家率', '空き家率'],
    ['市税の滞納額', '滞納額'],
    ['救急車の現場到着時間 （分）', '到着時間'],
    ['給水原価', '給水原価'],
    ['汚水処理原価（円/㎥）', '汚水処理原価'],
  ])('%s is lower-is-better (%s)', (name, subject) => {
    expect(lowerIsBetterSubject(name)).toBe(subject);
  });

  test.each([
    // Review rv53: a formula naming a unit cost, a cost meant to rise.
    '供給単価／給水原価',
    '料金回収率＝供給単価÷給水原価',
    '学校給食１食当たりの食材原価',
    '売上原価',
    '交通事故防止講座の参加者数',
    '事故件数の減少率',
    '空き家バンク登録件数',
    '空き家除却補助件数',
    '特定健診受診率',
    'ごみ減量講座の開催回数',
    'リサイクル率',
    '資源ごみ回収量', // ごみ collected for recycling: more is better
    'ごみ資源化量',
    'ごみ減量',
  ])('%s is not: what it counts is not a thing to have less of', (name) => {
    expect(lowerIsBetterSubject(name)).toBeNull();
  });

  // Every way a subject can end (SUBJECT_ENDS lets only these names reach the patterns).
  test.each([
    ['待機児童', '待機児童'],
    ['転出超過', '転出超過'],
    ['耕作放棄地', '耕作放棄地'],
    ['耕作放棄地面積', '耕作放棄地面積'],
    ['市職員の時間外勤務時間', '時間外勤務時間'],
    ['不登校児童生徒の割合 不登校率', '不登校率'],
    ['不法投棄量', '不法投棄量'],
    ['市税の未収額', '未収額'],
    ['苦情件数', '苦情件数'],
    ['全国学力・学習状況調査の全国順位', '順位'],
  ])('%s is lower-is-better by its last word (%s)', (name, subject) => {
    expect(lowerIsBetterSubject(name)).toBe(subject);
  });

  // Only recycling makes collected waste a thing to have more of: household waste collected or gathered is still waste.
  test.each([
    ['家庭ごみ回収量', 'ごみ回収量'],
    ['燃やすごみ収集量', 'ごみ収集量'],
    ['粗大ごみ回収量（t）', 'ごみ回収量'],
  ])('%s is lower-is-better: ordinary waste collected (%s)', (name, subject) => {
    expect(lowerIsBetterSubject(name)).toBe(subject);
  });

  // Litter picked up by patrols and clean-ups is their harvest: nothing says less is better; the litter lying there and household
  // waste collected still are.
  test.each(['吸い殻・ポイ捨てごみ回収量', '漂着ごみ回収量（t）', '散乱ごみ収集量'])('%s is not: litter picked up', (name) => {
    expect(lowerIsBetterSubject(name)).toBeNull();
  });
  test.each([
    ['ポイ捨てごみ量', 'ごみ量'],
    ['家庭ごみ回収量（ポイ捨て対策後）', 'ごみ回収量'],
  ])('%s stays lower-is-better (%s)', (name, subject) => {
    expect(lowerIsBetterSubject(name)).toBe(subject);
  });

  test.each(['資源ごみ回収量', '資源物回収量', 'ごみ再資源化量', 'ごみ集団回収量', 'リサイクルごみ回収量'])(
    '%s is not: waste collected for recycling',
    (name) => {
      expect(lowerIsBetterSubject(name)).toBeNull();
    },
  );
});

test('litter picked up in other word orders (漂着ごみの回収量, 回収した漂着ごみ量) is not lower-is-better; litter lying there still is', () => {
  for (const name of ['漂着ごみの回収量', '回収した漂着ごみ量（t）', '清掃活動で拾ったポイ捨てごみの量']) expect(lowerIsBetterSubject(name)).toBeNull();
  expect(lowerIsBetterSubject('ポイ捨てごみ量')).not.toBeNull();
  expect(lowerIsBetterSubject('市が回収した家庭ごみ量')).not.toBeNull();
});
