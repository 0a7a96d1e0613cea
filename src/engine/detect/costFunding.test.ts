/** The sources of a cost's money (財源内訳): their heading row is no indicator (review rv81 item 5). */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Cell = string | number | null;

const names = (funding: Cell[], amounts: Cell[]) =>
  checkWorkbook(
    {
      sheets: [
        snap('事務事業評価票', [
          ['令和５年度　事務事業評価票（子育て支援センター運営事業）'],
          [],
          ['成果指標', '単位', 'R5目標', 'R5実績', '備考'],
          ['子育て支援センター利用者数', '人', 12000, 11250, null],
          ['子育て相談件数', '件', 900, 960, null],
          [],
          ['事業費（千円）', '当初予算額', '補正後予算額', '決算額', '執行率'],
          [null, 48200, 50100, 46915, '93.6%'],
          funding,
          amounts,
        ]),
      ],
    },
    {},
  ).report.indicators.map((i) => i.name);

const INDICATORS = ['子育て支援センター利用者数', '子育て相談件数'];

test('review rv81 item 5: 財源内訳 | 決算額 | 国・県支出金 | 一般財源 | その他, labels and no figure, heads the amounts: no indicator', () => {
  expect(names(['財源内訳', '決算額', '国・県支出金', '一般財源', 'その他'], [null, 46915, 20000, 26915, 0])).toEqual(INDICATORS);
  expect(names(['区分', '事業費', '国庫支出金', '一般財源'], [null, 46915, 20000, 26915])).toEqual(INDICATORS);
});

test('review rv81 item 5 guards: a row with a figure, or with a heading neither a cost nor a source, stays as read', () => {
  expect(names(['財源内訳', '決算額', '国・県支出金', '目標'], [null, 46915, 20000, 26915])).toContain('財源内訳');
  expect(names(['財源内訳', '決算額', '国・県支出金', 26915], [null, 46915, 20000, 26915])).toContain('財源内訳');
});
