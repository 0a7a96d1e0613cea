/** 4月 … 3月 under 実績 | 見込 merged over them, the name heading merged down over both rows: a header of two rows. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

test('the months row is the header’s second row, and the 年度計（見込） the provisional actual', () => {
  const s = snap(
    '月別',
    [
      ['令和６年度 事業別月別実績及び年度見込'],
      ['事業・指標', '単位', '年間目標', '実績', null, null, null, null, null, null, null, null, '見込', null, null, '年度計（見込）'],
      [null, null, null, ...MONTHS, null],
      ['健康相談件数', '件', 120, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12, 122],
      ['離乳食教室参加者数', '人', 100, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 96],
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:L2', 'M2:O2', 'P2:P3'] },
  );
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus, i.cells.actual])).toEqual([
    ['健康相談件数', 120, 122, 'provisional', 'P4'],
    ['離乳食教室参加者数', 100, 96, 'provisional', 'P5'],
  ]);
});
