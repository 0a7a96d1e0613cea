import { parseValue } from './values';

test('a slash-separated list of 「label figure」 parts gives one measure per part, a number inside a label part of it', () => {
  expect(parseValue('男性 35人／65歳以上 120人')).toMatchObject({
    status: 'value',
    measures: [
      { value: 35, unit: '人', label: '男性' },
      { value: 120, unit: '人', label: '65歳以上' },
    ],
  });
  expect(parseValue('1歳6か月児 96.5%/3歳児 94%')).toMatchObject({
    measures: [
      { value: 96.5, label: '1歳6か月児' },
      { value: 94, label: '3歳児' },
    ],
  });
});

test('years, measure words, a part with no label and a unit per day are no such list', () => {
  for (const text of ['R5 120人／R6 130人', '目標 30件／実績 25件', '120人／80人']) expect(parseValue(text)).toMatchObject({ ambiguous: true });
  expect(parseValue('120人/日')).toMatchObject({ value: 120, unit: '人/日' });
});

test('parts of a period (上期／下期, 4～9月／10～3月, 第1四半期) and a figure’s standing (速報／確定) are one measure’s figures, no list', () => {
  for (const text of ['上期 50人／下期 60人', '4～9月 120人／10～3月 130人', '第1四半期 30件／第2四半期 35件', '速報 210件／確定 150件'])
    expect(parseValue(text)).toMatchObject({ ambiguous: true });
  expect(parseValue('前期高齢者 1,200人／後期高齢者 900人')).toMatchObject({ status: 'value', measures: [{ value: 1200 }, { value: 900 }] });
});

test('one 「label：figure」 a line lists measures too, the colon closing a label with a number in it (4か月児)', () => {
  expect(parseValue('4か月児：98.6％\n1歳6か月児：95.1％')).toMatchObject({
    status: 'value',
    measures: [
      { value: 98.6, label: '4か月児' },
      { value: 95.1, label: '1歳6か月児' },
    ],
  });
  // Years and measure words as the labels are one measure's figures, as with a slash; one line alone is no list.
  expect(parseValue('R4：98件\nR5：100件')).toMatchObject({ ambiguous: true });
  expect(parseValue('4か月児：98.6％')).toMatchObject({ ambiguous: true });
});

test('a whole, a part of it or a scale (累計／単年度, 合計／うち市外, 1日平均／年間) is one measure counted two ways: no list (review rv55)', () => {
  for (const text of ['累計：165件\n単年度：57件', '合計：1,020人\nうち市外：230人', '1日平均：35人\n年間：12,800人', '合計 1,020人／うち市外 230人'])
    expect(parseValue(text)).toMatchObject({ ambiguous: true });
  expect(parseValue('4か月児：98.6％\n1歳6か月児：95.1％')).toMatchObject({ status: 'value', measures: [{ value: 98.6 }, { value: 95.1 }] });
});
