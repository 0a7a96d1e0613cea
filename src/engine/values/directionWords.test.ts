import { directionFromText, directionMark, maySayWay, wayFromText } from './directionWords';
import { normalizeText } from './text';

describe('directionFromText: what a clerk means by the words of a name or description', () => {
  test.each([
    '転出超過数を減らす',
    '市内事業所の労働災害件数を減らす',
    '救急搬送の現場到着時間を短縮する',
    'ごみ排出量の削減',
    '待機時間の短縮',
    '交通事故件数を減少させる',
    '件数の減少を目指す',
    '医療費の伸びを抑える',
    '不法投棄を防止する',
    '待機児童の解消',
    'CO2排出量を低減します',
    '放置自転車の件数を減らすことを目指す',
    '空き店舗数 を 減らす',
    '少ないほど良い',
    '待機者数は少ないほど良い',
    '低いほうが望ましい',
    '短い方がよい指標',
    '値が小さいほど良い',
    '少なければ少ないほど良い',
  ])('%s → down', (text) => expect(directionFromText(text)).toBe('down'));

  test.each([
    '相談件数',
    '減少率を上げる',
    'ごみの削減率',
    'CO2削減量',
    '人口減少を抑える',
    '出生数の低下を防ぐ',
    '虐待防止講座の参加者数',
    '虐待防止の啓発回数',
    '人口減少対策事業の参加者数',
    '参加者を増やし、待ち時間を減らす',
    '多いほど良い',
    '高い方が望ましい',
    '削減量は大きいほど良い',
  ])('%s → not down', (text) => expect(directionFromText(text)).toBeNull());

  test('the first clause that says a way decides', () => {
    expect(directionFromText('待ち時間を減らす。利用者を増やす')).toBe('down');
  });

  test.each(['いじめ認知件数のうち解消した割合', '喫煙をやめて本数を減らした人の割合', '排出量を削減した事業者数', '相談のうち解消した件数'])(
    'a verb qualifying the counted share or number (%s) says what is counted: the head noun decides, not down',
    (text) => expect(directionFromText(text)).toBeNull(),
  );

  test.each(['浸水被害が解消される家屋数（累計）', '浸水被害が解消された家屋数', '事故が防止された件数'])(
    'a passive verb qualifying what is counted (%s): the thing reduced is not the measure, not down',
    (text) => expect(directionFromText(text)).toBeNull(),
  );

  test('the same verb ending the clause still says down', () => {
    expect(directionFromText('浸水被害が解消される')).toBe('down');
    expect(directionFromText('浸水被害が解消されていない家屋数')).toBe('down');
    expect(directionFromText('いじめ認知件数を解消する')).toBe('down');
    expect(directionFromText('待機児童を解消した')).toBe('down');
  });
});

describe('directionMark: an arrow or one word under a 方向性 heading', () => {
  test('arrows, with or without a word that agrees', () => {
    expect(directionMark('↓')).toBe('down');
    expect(directionMark('➘')).toBe('down');
    expect(directionMark('↓減少')).toBe('down');
    expect(directionMark('↑')).toBe('up');
    expect(directionMark('増加 ↗')).toBe('up');
    expect(directionMark('→')).toBe('maintain');
  });

  test('one word alone', () => {
    expect(directionMark('低減')).toBe('down');
    expect(directionMark('増加')).toBe('up');
    expect(directionMark('維持')).toBe('maintain');
  });

  test('the verb a sheet writes for the way: 増やす / 高める up, 減らす / 下げる down', () => {
    expect(directionMark('減らす')).toBe('down');
    expect(directionMark('下げる')).toBe('down');
    expect(directionMark('増やす')).toBe('up');
    expect(directionMark('高める')).toBe('up');
    expect(directionMark('↓減らす')).toBe('down');
    expect(directionMark('↑減らす')).toBeNull();
  });

  test("a project's future or a contradiction is not a way", () => {
    expect(directionMark('拡充')).toBeNull();
    expect(directionMark('継続')).toBeNull();
    expect(directionMark('見直し')).toBeNull();
    expect(directionMark('縮小')).toBeNull();
    expect(directionMark('減らす方向で見直す')).toBeNull();
    expect(directionMark('↑↓')).toBeNull();
    expect(directionMark('↑減少')).toBeNull();
    expect(directionMark('')).toBeNull();
  });
});

describe('maySayWay: the cheap test before the words are read', () => {
  test('no character is let pass that NFKC turns into one it lets through (composition makes no ideograph, and な composes from nothing)', () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (maySayWay(normalizeText(ch)) && !maySayWay(ch)) missed.push(ch);
    }
    expect(missed).toEqual([]);
  });

  test('a name without any way word is told at once; one written with a radical (⼩さいほど良い) is still read', () => {
    expect(maySayWay('指標12-13の件数（年度末時点）')).toBe(false);
    expect(directionFromText('指標12-13の件数（年度末時点）')).toBeNull();
    expect(maySayWay('待ち時間は短いほど良い')).toBe(true);
    expect(directionFromText('⼩さいほど良い')).toBe('down');
  });
});

test('a down noun relating to what is counted (「…防止に関する研修の受講者数」) says no way; one ending the clause still does', () => {
  expect(directionFromText('児童虐待防止に関する研修の受講者数')).toBeNull();
  expect(directionFromText('食品ロス削減に向けた講座の参加者数')).toBeNull();
  expect(directionFromText('交通事故の防止')).toBe('down');
  expect(directionFromText('温室効果ガス排出量の削減を図る')).toBe('down');
});

test('what is better may be named between ほど and 良好 / 望ましい (「低いほど経営が良好」)', () => {
  expect(directionFromText('低いほど経営が良好であることを示す指標である')).toBe('down');
  expect(directionFromText('少ないほうが市民にとって望ましい')).toBe('down');
  expect(directionFromText('高いほど経営が良好')).toBeNull();
});

test('健全 is a good side as 良好 is (「低いほど健全」「低いほど財政運営が健全」); 健全化 / 健全性 are not', () => {
  expect(directionFromText('数値が低いほど健全であることを示す')).toBe('down');
  expect(directionFromText('数値が低いほど財政運営が健全であることを示す（目標値は上限）')).toBe('down');
  expect(directionFromText('高いほど健全')).toBeNull();
  expect(directionFromText('比率が低いほど健全とはいえない')).toBeNull();
  expect(directionFromText('比率が高いほど早期健全化基準に近い')).toBeNull();
  expect(directionFromText('低いほど健全性が低い')).toBeNull();
});

test('a relating phrase before an aim still says the way; a denied comparison says none', () => {
  expect(directionFromText('エネルギー使用量の削減に係る国の目標に準拠')).toBe('down');
  expect(directionFromText('燃料使用量の抑制に向けた目標')).toBe('down');
  expect(directionFromText('自己資本構成比率は、低いほど経営が良好とはいえない')).toBeNull();
  expect(directionFromText('高いほど望ましくない')).toBeNull();
});

test('an aim at none at all says down (「ゼロを目指す」「根絶を図る」「撲滅を目指す」); ゼロ naming something else does not', () => {
  for (const t of ['ゼロを目指す', '誤交付ゼロを目指す', '根絶を図る', '撲滅を目指す', 'ゼロにする']) expect(directionFromText(t)).toBe('down');
  for (const t of ['100を目指す', 'ゼロカーボンシティ', 'ゼロ・ウェイスト宣言の推進']) expect(directionFromText(t)).toBeNull();
});

test('a passive verb before the counted thing says what is counted only with its object stated (review rv43)', () => {
  expect(directionFromText('浸水被害が解消される家屋数（累計）')).toBeNull();
  expect(directionFromText('短縮される手続日数')).toBe('down');
  expect(directionFromText('低減される国保税率')).toBe('down');
});

test('a bracket naming which kind a rate counts (「バリアフリー化率（段差解消）」) says no way; a way word alone in it still does', () => {
  expect(directionFromText('鉄道駅のバリアフリー化率（段差解消）')).toBeNull();
  expect(directionFromText('不登校率（減少）')).toBe('down');
  expect(directionFromText('排出率（前年比削減）')).toBe('down');
  expect(directionFromText('ごみ排出量（削減）')).toBe('down');
});

test('only an achievement rate (…化率, 整備率, 実施率) names its kind in a bracket; a rate of the trouble itself stays down (review rv49)', () => {
  expect(directionFromText('下水道未接続率（未接続解消）')).toBe('down');
  expect(directionFromText('交通事故発生率（事故防止）')).toBe('down');
  expect(directionFromText('管理不全住宅の割合（管理不全解消）')).toBe('down');
  expect(directionFromText('市税滞納率（滞納防止）')).toBe('down');
  expect(directionFromText('空き家率（空家解消）')).toBe('down');
  expect(directionFromText('道路の整備率（渋滞解消）')).toBeNull();
  expect(directionFromText('未接続世帯の解消率（未接続解消）')).toBe('down');
});

test('a decline to be made smaller (「減少幅の抑制」「減少の抑制」「低下に歯止め」) wants more; a decline stated as a premise states no aim', () => {
  expect(wayFromText('人口減少を踏まえ、減少幅の抑制を目標')).toBe('up');
  expect(wayFromText('減少の抑制を目指す')).toBe('up');
  expect(wayFromText('減少幅を抑える')).toBe('up');
  expect(wayFromText('人口減少に歯止めをかける')).toBe('up');
  expect(wayFromText('人口減少が進む中、転出者数の削減を目指す')).toBe('down');
  // Unchanged: a rise to hold down, and a lowering on its own.
  expect(wayFromText('医療費の増加の抑制を図る')).toBe('down');
  expect(wayFromText('ごみ排出量の削減')).toBe('down');
  expect(wayFromText('事故の防止')).toBe('down');
});

test('an indicator counting the decline itself keeps down beside 「歯止め」「抑制」; a cause with an aim after it, or a wish, is no premise (review rv56)', () => {
  expect(wayFromText('人口減少数 人口減少に歯止めをかける')).toBe('down');
  expect(wayFromText('社会減少数 社会減の抑制を目指す')).toBe('down');
  expect(wayFromText('人口 人口減少に歯止めをかける')).toBe('up');
  expect(wayFromText('CO2排出量の削減により脱炭素を目指す')).toBe('down');
  expect(wayFromText('削減が進むよう支援')).toBe('down');
  expect(wayFromText('犯罪の減少を見据え')).toBe('down');
});
