/**
 * The words of what is done whose 目標 and 実績 headings, side by side, are the year's own target and actual (targetTwins.ts
 * resultTwinOf: 「集積目標 | 集積実績」 of the national 点検・評価 form, 「回収目標 | 回収実績」 of a food drive's collection points,
 * 「訪問目標 | 訪問実績」 of a centre's home visits). Only an act the office carries out and counts (a verbal noun: 回収, 訪問, 相談,
 * 派遣 …). Never a scope (全国目標 | 全国実績, 県内目標: another body's figures), a term (昨年目標, 本年目標, 月間目標, 累計目標) or a
 * kind (参考目標, 努力目標): review rv63. Not 削減 (削減目標 | 削減実績: amounts cut, read by values/targetChange.ts), nor the
 * provision words a label reads already (整備目標, 配置目標, 確保目標: values/labels.ts).
 */
const DONE_WORDS = new Set([
  // The national 点検・評価 form's (農地の集積, 新規参入, 遊休農地の解消).
  '集積',
  '参入',
  '新規参入',
  '解消',
  // Services counted by the office: what is collected, visited, advised, sent, inspected, handed out, held or taken up.
  '回収',
  '収集',
  '訪問',
  '相談',
  '指導',
  '派遣',
  '巡回',
  '点検',
  '検査',
  '接種',
  '受診',
  '交付',
  '配布',
  '開催',
  '登録',
  '貸出',
  // Taken up by those served (review rv81 item 6: 受講目標 | 受講実績 of a course's seats).
  '受講',
  '参加',
  '利用',
]);

/** Whether the words before a closing 目標 (「回収目標」 → 「回収」) name what is done, so that 「回収実績」 is its twin. */
export function isDoneWord(words: string): boolean {
  return DONE_WORDS.has(words);
}
