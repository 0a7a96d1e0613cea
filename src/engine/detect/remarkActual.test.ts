/** A blank actual whose 備考 writes it under the actual's label is read from the 備考. */
import { checkWorkbook } from '../actions/check';
import { remarkActualValue } from './remarkActual';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('事業', rows)] }, {}).report.indicators.map((i) => [i.name, i.actual, i.actualStatus, i.cells?.actual]);

test('a remark opening with 実績 and a figure gives the figure; other remarks give none', () => {
  expect(remarkActualValue('実績 14回（臨時開催を含む）', 2023)).toMatchObject({ value: 14, unit: '回' });
  expect(remarkActualValue('実績：相談件数 1,204件', 2023)).toMatchObject({ value: 1204, label: '相談件数' });
  expect(remarkActualValue('実績は集計中', 2023)).toBeNull();
  expect(remarkActualValue('実績見込 30件', 2023)).toBeNull();
  expect(remarkActualValue('実績：前年度 25件', 2023)).toBeNull();
  expect(remarkActualValue('実績（令和4年度）25件', 2023)).toBeNull();
  expect(remarkActualValue('目標を上回る実績 30件', 2023)).toBeNull();
  expect(remarkActualValue('12月に実績 30件', 2023)).toBeNull();
});

test('the blank actual of a line takes the figure its 備考 writes; a filled one keeps its own', () => {
  const rows = [
    ['令和5年度 事業の実施状況'],
    ['事業名', '指標', '単位', '目標', '実績', '備考'],
    ['防災訓練', '訓練の実施回数', '回', 12, null, '実績 14回（臨時開催を含む）'],
    ['出前講座', '講座の参加者数', '人', 300, 280, '実績 300人'],
    ['相談事業', '相談件数', '件', 900, null, '実績は集計中'],
  ];
  expect(read(rows)).toEqual([
    ['訓練の実施回数', 14, 'value', 'F3'],
    ['講座の参加者数', 280, 'value', 'E4'],
    ['相談件数', null, 'missing', 'E5'],
  ]);
});
