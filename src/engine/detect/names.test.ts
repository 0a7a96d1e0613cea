import { cleanName, isNotAName, looksLikeName } from './names';

test.each([
  ['1-1-1 女性にやさしい職場環境整備事業補助金\n【概要】女性の視点に立って…', { name: '女性にやさしい職場環境整備事業補助金', id: '1-1-1' }],
  ['従業員1人当たりの粗付加価値額（万円）', { name: '従業員1人当たりの粗付加価値額', unit: '万円' }],
  ['新製品・新技術開発の件数（件）※合併後累計', { name: '新製品・新技術開発の件数', unit: '件', cumulative: true }],
  ['ふるさと北上応援寄附\n額', { name: 'ふるさと北上応援寄附額' }],
  ['誘致企業数（社）※再掲', { name: '誘致企業数', unit: '社', repeated: true }],
  ['1人1日当たりごみ排出量', { name: '1人1日当たりごみ排出量' }],
  ['① 相談件数', { name: '相談件数', id: '1' }],
  ['(1)ものづくり人材育成事業', { name: 'ものづくり人材育成事業', id: '1' }],
  ['（１２） 移住定住家賃補助金', { name: '移住定住家賃補助金', id: '12' }],
  ['(仮称)こども館整備', { name: '(仮称)こども館整備' }],
  ['=危険な名前', { name: '=危険な名前' }],
  ['認定農業者数（経営体）', { name: '認定農業者数', unit: '経営体' }],
  ['外国人宿泊者数 (人泊)', { name: '外国人宿泊者数', unit: '人泊' }],
  ['こども館（仮称）', { name: 'こども館（仮称）' }],
  // The bare counters 橋 and 灯 are units; a longer word ending in 橋 says what is counted. A 計画 bracket is a measure, never a unit.
  ['橋梁点検実施数（橋）', { name: '橋梁点検実施数', unit: '橋' }],
  ['道路照明LED化灯数（灯）', { name: '道路照明LED化灯数', unit: '灯' }],
  ['点検実施数（歩道橋）', { name: '点検実施数（歩道橋）' }],
  // 種 alone counts species (a name with a bracket of its own before it too); a longer word ending in 種 (業種) qualifies the name.
  ['希少種（県RDB掲載種）の確認数（種）', { name: '希少種（県RDB掲載種）の確認数', unit: '種' }],
  ['新規立地企業数（業種）', { name: '新規立地企業数（業種）' }],
  // The very thing the name counts, written again in the bracket, is its unit, listed or not.
  ['多言語による情報提供言語数（言語）', { name: '多言語による情報提供言語数', unit: '言語' }],
  ['開設コース数（コース）', { name: '開設コース数', unit: 'コース' }],
  ['修繕橋梁数（計画）', { name: '修繕橋梁数（計画）' }],
  // A qualifier of which days or hours are counted is part of the name, never a counter unit (日, 間).
  ['歩行者通行量（休日）', { name: '歩行者通行量（休日）' }],
  ['駐車場利用台数（平日）（台）', { name: '駐車場利用台数（平日）', unit: '台' }],
  ['図書館開館時間（夜間）', { name: '図書館開館時間（夜間）' }],
  // （累計） is part of the name as written; it marks the indicator cumulative. Other markers go.
  ['健康づくり教室参加者数（累計）', { name: '健康づくり教室参加者数（累計）', cumulative: true }],
  ['参加者数（累計）（人）', { name: '参加者数（累計）', unit: '人', cumulative: true }],
  ['参加者数（人）（累計）', { name: '参加者数（累計）', unit: '人', cumulative: true }],
  ['誘致企業数（再掲）', { name: '誘致企業数', repeated: true }],
  // A 再掲 mark in lenticular brackets, before or after the name: a mark, not part of the name.
  ['【再掲】観光入込客数', { name: '観光入込客数', repeated: true }],
  ['介護予防教室の参加者数【再掲：施策14】', { name: '介護予防教室の参加者数', repeated: true }],
  // A 再掲 mark naming where it is listed, with brackets of its own inside: taken off whole.
  ['空き家改修補助事業（施策2(3)の再掲）', { name: '空き家改修補助事業', repeated: true }],
  ['空き家改修補助事業（再掲：2-(3)）', { name: '空き家改修補助事業', repeated: true }],
  // A unit and 累計 in one bracket: the unit, the indicator cumulative, the bracket no part of the name.
  ['新規就農者数\n（人・累計）', { name: '新規就農者数', unit: '人', cumulative: true }],
  ['講座の開催回数（累計、回）', { name: '講座の開催回数', unit: '回', cumulative: true }],
  ['受講者数（市内・市外）', { name: '受講者数（市内・市外）' }],
  // A unit labelled as one in the brackets: the text after the label, whatever unit it names.
  ['観光客入込数（単位：千人）', { name: '観光客入込数', unit: '千人' }],
  ['温室効果ガス排出量 (単位: t-CO2)', { name: '温室効果ガス排出量', unit: 't-CO2' }],
])('%j', (raw, expected) => expect(cleanName(raw)).toMatchObject(expected));

// A bracket naming what is counted says which figure the name means, though it opens with a status word (新規); a bare mark comes off.
test.each([
  ['保育士確保数（新規就職者数）', { name: '保育士確保数（新規就職者数）', repeated: false }],
  ['創業支援件数（新規創業率）', { name: '創業支援件数（新規創業率）' }],
  ['相談件数（新規）', { name: '相談件数' }],
  ['こども食堂数（新規事業）', { name: 'こども食堂数' }],
  ['健診受診者数（重点）（人）', { name: '健診受診者数', unit: '人' }],
  // Review rv67: a unit's bracket before a counted one is still read; a 参考 or うち bracket is a remark, off the name.
  ['保育士確保数（人）（新規就職者数）', { name: '保育士確保数（新規就職者数）', unit: '人' }],
  ['企業誘致件数（参考：前年度実績数）', { name: '企業誘致件数' }],
  ['認定件数（うち新規認定数）', { name: '認定件数' }],
])('status marks and counted brackets: %j', (raw, expected) => expect(cleanName(raw)).toMatchObject(expected));

// Who or where the measure is taken is part of the name: a ratio takes no counter, a place word is the unit only of places counted.
test.each(['女性委員の登用率（審議会）', 'いじめの認知率（小学校）', '待機児童数（保育所）', '指定管理施設数（公民館）', '放課後児童クラブ数（児童館）'])(
  '%s keeps its bracket: no counter unit',
  (raw) => {
    const out = cleanName(raw);
    expect(out.name).toBe(raw);
    expect(out.unit).toBeUndefined();
  },
);

test.each([
  ['認可保育所数（保育所）', '認可保育所数', '保育所'],
  ['登録団体数（団体）', '登録団体数', '団体'],
  ['設置校数（中学校）', '設置校数（中学校）', undefined],
  // A kind of four or more kanji is what is counted, no counter; a short counter word still is one.
  ['平均在院日数（一般病床）', '平均在院日数（一般病床）', undefined],
  ['許可病床数（床）', '許可病床数', '床'],
])('%s: name %s, unit %s', (raw, name, unit) => {
  const out = cleanName(raw);
  expect([out.name, out.unit]).toEqual([name, unit]);
});

test.each([
  ['R5', true],
  ['令和５年度', true],
  ['2023年度', true],
  ['合計', true],
  // A derived row's label in brackets, under the indicator it sums: never an indicator of its own.
  ['（累計）', true],
  ['(累計)', true],
  ['【合計】', true],
  ['　（累計値）', true],
  ['（R3からの累計）', true],
  ['累計（令和3年度～）', true],
  ['（R3～R5累計）', true],
  ['参加者数（累計）', false],
  ['累計参加者数', false],
  // A measure's words before a bracketed total: the measure over all its kinds, a name; a heading before it stays derived.
  ['市税収納率（合計）', false],
  ['達成率（合計）', true],
  ['指標名', true],
  ['来場者数', false],
  ['令和5年度の新規就農者数', false],
])('isNotAName(%s) is %s: a period or a heading is never an indicator', (text, expected) => {
  expect(isNotAName(text)).toBe(expected);
});

test.each([
  ['市民1人1日当たりのごみ排出量', true],
  ['5歳児健診受診率', true],
  ['観光入込客数', true],
  ['リピーター率', true],
  ['第2期計画の策定', true],
  ['3号認定（0歳）', true],
  ['国道4号線', true],
  ['第1号', false],
  ['1,000人以上', false],
  ['年間1,000人', false],
  ['約9,800', false],
  ['85％', false],
  ['R5', false],
  ['令和５年度', false],
  ['実績', false],
  ['－', false],
  ['集計中', false],
  ['未実施', false],
])('looksLikeName(%s) is %s: words, not a figure, a period or a heading', (text, expected) => {
  expect(looksLikeName(text)).toBe(expected);
});

describe('a bullet before a name is decoration, never part of it', () => {
  test.each([
    ['■ 特定健康診査受診率（単位：％）', { name: '特定健康診査受診率', unit: '%' }],
    ['□相談件数', { name: '相談件数' }],
    ['◆　参加者数（人）', { name: '参加者数', unit: '人' }],
    ['・ごみ排出量', { name: 'ごみ排出量' }],
    ['▼ 待機児童数', { name: '待機児童数' }],
    ['● 1-2 創業支援件数', { name: '創業支援件数', id: '1-2' }],
  ])('%j', (raw, expected) => expect(cleanName(raw)).toMatchObject(expected));

  test.each([
    ['○○地区集会所利用者数'], // a doubled mark is a name as written
    ['△5'], // a triangle before a figure is its sign
    ['■'], // nothing but the mark
  ])('%j keeps its mark', (raw) => expect(cleanName(raw).name).toBe(raw));
});

test('a bracket of 累計 and a unit gives the unit; of 累計 and where a rate is taken, none', () => {
  expect(cleanName('相談件数（件・累計）').unit).toBe('件');
  expect(cleanName('耐震化率（累計・全校）').unit).toBeUndefined();
  expect(cleanName('耐震化率（累計・全校）').cumulative).toBe(true);
  expect(cleanName('蔵書の充足率（累計・小中学校）').unit).toBeUndefined();
});

test("a compound code on its own line above the name, or in front of it, is the row's code (「1-(1)⏎空き家バンク運営事業」)", () => {
  expect(cleanName('1-(1)\n空き家バンク運営事業')).toMatchObject({ name: '空き家バンク運営事業', id: '1-(1)' });
  expect(cleanName('2-(3) 移住コーディネーター配置事業')).toMatchObject({ name: '移住コーディネーター配置事業', id: '2-(3)' });
  expect(cleanName('1-(2)空き家改修支援補助金')).toMatchObject({ name: '空き家改修支援補助金', id: '1-(2)' });
  // A code alone is no name to take off; a range of ages has no bracketed part.
  expect(cleanName('1-(1)').name).toBe('1-(1)');
});

describe('an arrow before a stated aim in the closing bracket', () => {
  test('「…（件）⏎（↓少ないほど良い）」: the way, off the name, and the unit read', () => {
    expect(cleanName('牛の個体識別届出遅延件数（件）\n（↓少ないほど良い）')).toMatchObject({
      name: '牛の個体識別届出遅延件数',
      unit: '件',
      direction: { value: 'down', text: '（↓少ないほど良い）' },
    });
    expect(cleanName('巡回農場数（戸）（↑多いほど良い）')).toMatchObject({ name: '巡回農場数', unit: '戸', direction: { value: 'up' } });
  });
  test('counter-example: an arrow against its words states nothing and stays in the name', () => {
    const got = cleanName('届出遅延件数（件）（↓多いほど良い）');
    expect(got.name).toBe('届出遅延件数（件）（↓多いほど良い）');
    expect(got.direction).toBeUndefined();
  });
});
