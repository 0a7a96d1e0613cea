/** A name closing with a measure word after a bracket (「河川の環境基準（BOD）達成率」) is no heading read part by part. */
import { nameBeforeBracket } from './nameBeforeBracket';

const split = (t: string) => t.split(/[/／・,、()（）]+/).filter(Boolean);
const heading = (p: string) => /^(達成率|実績|目標|KPI|基本目標)$/.test(p);
const named = (t: string) => nameBeforeBracket(t, split(t), heading);

test.each(['河川の環境基準（BOD）達成率', '大気の環境基準(NO2)達成率'])('%s is a name', (t) => expect(named(t)).toBe(true));

test.each(['基本目標(KPI)', '前年度（令和4年度）実績', '当年度（R5）実績', '実績（速報）目標', '取組内容・実績', '水質（BOD）達成率'])('%s is not', (t) =>
  expect(named(t)).toBe(false),
);
