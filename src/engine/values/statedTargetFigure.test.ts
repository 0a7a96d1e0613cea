import { parseValue } from './values';

test.each([
  ['コンビニ交付の利用件数を前年度比20％増の9,600件とする。', 9600, '件'],
  ['交通安全教室を年60回開催し、参加者数を4,500人とする。', 4500, '人'],
  ['相談件数を前年度比5％増の1,260件とする。', 1260, '件'],
  ['1人1日当たりのごみ排出量を前年度から10g削減し、870gとする。', 870, 'g'],
])('%s sets its last figure', (text, value, unit) => {
  expect(parseValue(text)).toMatchObject({ status: 'value', value, unit });
});

test('several figures not leading to a set figure stay ambiguous or labelled', () => {
  expect(parseValue('10人から20人とする')).not.toMatchObject({ value: 20 });
  expect(parseValue('年60回開催し、4,118人が参加した。')).not.toMatchObject({ value: 4118 });
});

test('a per-unit phrase before a figure (「１人１日当たり…　520g以下」) gives no figure: the cell holds the one after it', () => {
  expect(parseValue('１人１日当たり家庭系ごみ排出量　520g以下')).toMatchObject({ status: 'value', value: 520, unit: 'g' });
  expect(parseValue('1世帯当たり 2.4人')).toMatchObject({ status: 'value', value: 2.4, unit: '人' });
});
