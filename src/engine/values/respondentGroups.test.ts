/** The respondents' groups (sex, age) a survey figure is split into, and their whole. */
import { respondentGroupOrWhole } from './respondentGroups';

test.each(['全体', '総数', '計', '合計', '男女計', '全年齢', '全体（n=1,124）'])('%j is the whole', (text) =>
  expect(respondentGroupOrWhole(text)).toBe('whole'),
);

test.each(['男性', '女性', '男', '女', 'その他・無回答', '無回答', '18～29歳', '30歳代', '20代', '70歳以上', '15歳未満', '女性（n=629）'])(
  '%j is a group of respondents',
  (text) => expect(respondentGroupOrWhole(text)).toBe('part'),
);

test.each(['小学生', '中学生', '東地区', '目標', '実績', '2023', '18', '令和5年度', ''])('%j is neither', (text) =>
  expect(respondentGroupOrWhole(text)).toBeNull(),
);
