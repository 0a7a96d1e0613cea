import { planPointHeading } from './planPointHeading';

test.each([
  ['R5（中間）', 2023],
  ['R8（最終）', 2026],
  ['令和7年度（最終年度）', 2025],
  ['R5(中間目標)', 2023],
  ['令和５年度【中間】', 2023],
])('「%s」 is the year of the plan’s point: %s', (text, fy) => {
  expect(planPointHeading(text)?.fiscalYear).toBe(fy);
});

test.each(['R5', 'R5（中間評価）', '中間（R5）', 'R5（中間）実績', 'R5.3（最終）', 'R5（基準）'])('「%s」 is no year of a plan’s point', (text) => {
  expect(planPointHeading(text)).toBeNull();
});
