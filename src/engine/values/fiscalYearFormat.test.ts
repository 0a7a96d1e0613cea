import { fiscalYearShown } from './fiscalYearFormat';

test('a date shown as a fiscal year by its format is that fiscal year', () => {
  // 45017 = 2023-04-01, 43466 = 2019-01-01 (平成31年), 43586 = 2019-05-01 (令和元年).
  expect(fiscalYearShown(45017, '[$-411]ggge"年度"')).toMatchObject({ fiscalYear: 2023, kind: 'fiscal' });
  expect(fiscalYearShown(45017, 'yyyy"年度"')).toMatchObject({ fiscalYear: 2023, kind: 'fiscal' });
  expect(fiscalYearShown(43466, '[$-411]ggge"年度"')).toMatchObject({ fiscalYear: 2019 });
  expect(fiscalYearShown(43586, '[$-411]ggge"年度"')).toMatchObject({ fiscalYear: 2019 });
  expect(fiscalYearShown(45017, '[$-411]ge"年度"')).toMatchObject({ fiscalYear: 2023 });
});

test('a format showing a month or a day, or no 年度, shows a date: no fiscal year', () => {
  expect(fiscalYearShown(45017, '[$-411]ggge"年"m"月"d"日"')).toBeNull();
  expect(fiscalYearShown(45017, 'yyyy/m/d')).toBeNull();
  expect(fiscalYearShown(45017, '[$-411]ggge"年"')).toBeNull();
  expect(fiscalYearShown(45017, '0"年度"')).toBeNull();
});
