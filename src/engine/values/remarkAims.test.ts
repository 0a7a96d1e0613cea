import { directionFromText } from './directionWords';
import { aimedObject, descriptionAims, remarkAims } from './remarkAims';

describe('remarkAims', () => {
  test.each(['感染症対策で定員縮小', '利用者が減少した', '台風のため中止', '参加者が減少している', '会場の縮小により減少しました'])(
    'a circumstance says no aim: %s',
    (remark) => {
      expect(remarkAims(remark)).toBe('');
      expect(directionFromText(remarkAims(remark))).toBeNull();
    },
  );

  test.each([
    '待機児童数の減少を目指す',
    '少ないほど良い',
    '転出超過数を減らす',
    '待ち時間を短縮します',
    '不法投棄の削減を図る',
    '減少が望ましい',
    '低下することが好ましい',
    '動力費高騰の中でも上昇を抑制する', // the figure's own rise held down
  ])('an aim is kept and says down: %s', (remark) => {
    expect(remarkAims(remark)).not.toBe('');
    expect(directionFromText(remarkAims(remark))).toBe('down');
  });

  test('a deliberate lowering named as a noun with its object (「借入の抑制」) is an aim only of the indicator whose thing it names', () => {
    const ofDebt = (o: string) => '企業債借入額'.includes(o) || '企業債残高'.includes(o);
    for (const remark of ['借入の抑制', '残高の削減']) {
      expect(directionFromText(remarkAims(remark, ofDebt))).toBe('down');
      // Read with no indicator to speak of (a name's own bracket, 「職員定数の適正化（人件費の抑制）」): no aim.
      expect(remarkAims(remark)).toBe('');
    }
    expect(remarkAims('人件費の抑制', ofDebt)).toBe('');
  });

  test.each(['天候が良い', '増加が望ましい'])('a way called desirable says down only when the way is down: %s', (remark) => {
    expect(directionFromText(remarkAims(remark))).toBeNull();
  });

  test("a rise held down is the rise of what is named before it with の, else the figure's own", () => {
    expect(aimedObject('費用の上昇を抑制する')).toBe('費用');
    expect(aimedObject('動力費高騰の中でも上昇を抑制する')).toBeNull();
    // A rise joined to what rises, no の between (review rv53): that thing, not the indicator's own rise.
    expect(aimedObject('高齢化に伴う医療費増加を抑制する')).toBe('高齢化に伴う医療費');
    expect(remarkAims('高齢化に伴う医療費増加を抑制する', (o) => o.endsWith('受診率'))).toBe('');
    expect(remarkAims('維持管理費の抑制', (o) => o === '汚水処理原価')).toBe('');
    expect(remarkAims('節水型機器の普及により減少')).toBe('');
  });

  test('only the clauses that state an aim are kept', () => {
    expect(remarkAims('定員縮小。少ないほど良い')).toBe('少ないほど良い');
  });
});

describe('descriptionAims', () => {
  test.each(['運行便数の見直しにより減少', '感染症の影響で利用者が減少', '施設の移転に伴い縮小', '参加者が減少した', '利用者が減っている'])(
    'a circumstance in a description says no direction: %s',
    (text) => expect(directionFromText(descriptionAims(text))).toBeNull(),
  );

  test.each(['ごみ排出量の削減を図る指標', '市域の温室効果ガス削減量', '待機児童数の減少を目指す'])('a definition or an aim still speaks: %s', (text) =>
    expect(directionFromText(descriptionAims(text))).toBe(directionFromText(text)),
  );

  test('only the circumstance clause is dropped', () => {
    expect(descriptionAims('不法投棄の件数。パトロール強化により減少')).toBe('不法投棄の件数');
  });
});

describe('a bracketed aside is a clause of its own', () => {
  test('an aim word in the aside lends nothing to the circumstance round it', () => {
    expect(remarkAims('少子化により減少（目標は現状維持）')).toBe('目標は現状維持');
    expect(directionFromText(remarkAims('少子化により減少（目標は現状維持）'))).toBeNull();
  });

  test('the text round an aside stays one clause', () => {
    expect(directionFromText(remarkAims('待機児童数の減少（前年度比）を目指す'))).toBe('down');
    expect(directionFromText(descriptionAims('ごみ排出量（家庭系）の削減を図る指標'))).toBe('down');
  });
});

describe('a bare way an aside names the aim', () => {
  test.each(['減少（国の目標に準拠）', '抑制（目標）', '削減(県の計画の目標値)'])('%s says down', (remark) =>
    expect(directionFromText(remarkAims(remark))).toBe('down'),
  );
  test.each(['減少（前年比）', '減少（目標は現状維持）', '少子化により減少（目標）'])('%s does not say down', (remark) =>
    expect(directionFromText(remarkAims(remark))).not.toBe('down'),
  );
});

describe('an aim at another quantity (review rv40)', () => {
  test('aimedObject names what the aim lowers, or nothing', () => {
    expect(aimedObject('未受診者の減少を目指す')).toBe('未受診者');
    expect(aimedObject('転出超過数を減らす')).toBe('転出超過数');
    expect(aimedObject('減少を目指す')).toBeNull();
    // What is prevented, eased, done away with or shortened is lowered too.
    expect(aimedObject('貧困の連鎖の防止を示す指標')).toBe('貧困の連鎖');
    expect(aimedObject('家計の負担の軽減を図る')).toBe('家計の負担');
    expect(aimedObject('待機児童の解消を目指す')).toBe('待機児童');
    expect(aimedObject('事故を防ぐ')).toBe('事故');
    expect(aimedObject('防止に努める')).toBeNull();
  });
  test('a clause aiming at an object the indicator does not speak of is left out', () => {
    expect(remarkAims('未受診者の減少を目指す', () => false)).toBe('');
    expect(remarkAims('未受診者の減少を目指す', () => true)).toBe('未受診者の減少を目指す');
    expect(remarkAims('減少を目指す', () => false)).toBe('減少を目指す');
  });
});

describe('a clause ending on its cause (review rv48)', () => {
  test('「…による」 tells why, never the aim', () => {
    expect(remarkAims('数値の減少は人口減少による')).toBe('');
    expect(remarkAims('制度改正によります')).toBe('');
    expect(remarkAims('待ち時間を短縮します')).toBe('待ち時間を短縮します');
  });
});
