import type { Lang } from './renderOptions';
import type { RollKind } from './plan';

/** What a roll changes in a cell, in words (the findings' and, in Japanese, the pane's confirmation list). */
export const ROLL_CHANGE: Record<Lang, Record<RollKind, string>> = {
  ja: {
    period: '年度の表記',
    'grade-moved': '評価を前年度評価へ',
    'grade-cleared': '評価を空欄に',
    'narrative-cleared': '記述を空欄に',
    'actual-moved': '実績値を前年度の列へ',
    'actual-cleared': '実績値を空欄に',
  },
  en: {
    period: 'the year',
    'grade-moved': "the grade to last year's grade",
    'grade-cleared': 'the grade cleared',
    'narrative-cleared': 'the text cleared',
    'actual-moved': "the actual to last year's column",
    'actual-cleared': 'the actual cleared',
  },
};
