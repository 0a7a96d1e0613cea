import { WORD_ENDING_YAKU, qualifierOf, qualifiesAlone } from './qualifiers';

// The sheet-wide test of remarkQualifiers.ts (a sheet without a qualifier word has no remark to look for) must say yes to every
// text qualifierOf reads a qualifier from on its own, and no to every other: the two agree on each text here.
describe('qualifiesAlone: a text that carries a qualifier by itself', () => {
  const texts = [
    '速報値',
    '見込み',
    'R5見通し',
    '暫定',
    '未確定',
    '確定前の数値',
    '仮集計',
    '推計中',
    '概数',
    '概算',
    '約 1,200',
    'およそ\n30',
    '概ね ▲ 5',
    'ほぼ100',
    '概ね順調',
    'A：順調　B：概ね順調',
    '確定値',
    '100人以上',
    '実施件数 8件',
    '',
    '備考',
  ];

  test.each(texts)('%j: the same answer as qualifierOf with no notes or number ends', (text) => {
    expect(qualifiesAlone(text)).toBe(qualifierOf(text, [], []) !== undefined);
  });

  test('white space between the words does not change the answer (a cell and its one-line text alike)', () => {
    for (const text of ['約\n\n1,200', '約 \t 1,200', '見込\nみ']) expect(qualifiesAlone(text)).toBe(qualifiesAlone(text.replace(/\s+/g, ' ').trim()));
    expect(qualifiesAlone('見\n込み')).toBe(false);
  });
});

test('a 約 closing a word (成約, 契約, 予約) is no approximate mark; 約 before a number still is', () => {
  for (const text of ['成約7件', '契約 12件', '予約3件']) expect(qualifierOf(text, [], [])).toBeUndefined();
  for (const text of ['約7件', '年間約1,200人', '成約 約7件']) expect(qualifierOf(text, [], [])).toBe('approximate');
});

test('after a word closing in 規 or 成 (新規, 助成) the 約 is the mark again (review rv49)', () => {
  for (const text of ['新規約20件', '助成約50件']) expect(qualifierOf(text, [], [])).toBe('approximate');
  for (const label of ['新規約', '助成約']) expect(WORD_ENDING_YAKU.test(label)).toBe(false);
  for (const label of ['成約', '規約', '公約', '空き家バンク成約']) expect(WORD_ENDING_YAKU.test(label)).toBe(true);
});
