/** 「区の自己評価 | 　 | （前年度：A）」 in a sheet's header area: the empty cell beside the label is the sheet's rating. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function rows(label: string, beside: string | null, note: string | null): (string | number | null)[][] {
  return [
    ['令和５年度　東区運営方針　自己評価シート', null, null, null, null, null],
    ['区の目標', '安全・安心なまち', null, label, beside, note],
    [null, null, null, null, null, null],
    ['指標名', '単位', '2022年度', '2023年度', null, null],
    ['防災訓練の参加者数', '人', 2640, 3020, null, null],
  ];
}

test('an empty cell beside 区の自己評価 with last year’s grade noted after it is the rating cell', () => {
  const g = detectSheet(snap('区', rows('区の自己評価', null, '（前年度：A）')), scale).meta.groupGrade;
  expect([g?.cell, g?.previousGrade, g?.previousCell]).toEqual(['E2', 'A', 'F2']);
});

test('a grade written beside 自己評価 is the rating', () => {
  const g = detectSheet(snap('区', rows('自己評価', 'B', '（A）')), scale).meta.groupGrade;
  expect([g?.cell, g?.raw, g?.previousGrade]).toEqual(['E2', 'B', 'A']);
});

test('without a note of last year’s grade the label rates nothing', () => {
  expect(detectSheet(snap('区', rows('区の自己評価', null, null)), scale).meta.groupGrade).toBeUndefined();
  expect(detectSheet(snap('区', rows('区の自己評価', null, '担当：区政推進課')), scale).meta.groupGrade).toBeUndefined();
});
