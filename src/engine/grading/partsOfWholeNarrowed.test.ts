/**
 * Review rv77: parts are summed only for a count. Separate rates, sampling points' levels and a target labelled as one of the
 * parts are never added up into one figure.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

const read = (name: string, unit: string, target: string | number, actual: string) => {
  const rows = [['評価対象年度：2023年度'], ['指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '備考'], [name, unit, null, target, actual, null]];
  const { report } = checkWorkbook({ sheets: [snap('S', rows)] }, {});
  return { actuals: report.indicators.map((i) => i.actual), findings: report.findings.map((f) => `${f.code}:${f.cell}`) };
};

test.each([
  ['定期予防接種率', '％', 95, 'BCG 92%・MR 96%', 188],
  ['麻しん風しん予防接種率', '％', 95, 'MR1 95.2%・MR2 88.1%', 183.3],
  ['健康指標', '％', 30, 'BMI 18・HbA1c 22', 40],
  ['河川水質（BOD）', 'mg/L', '3.0以下', 'St1 2.1・St2 1.8', 3.9],
])('%s: the parts (%s) are not summed, and the reading is flagged', (name, unit, target, actual, sum) => {
  const got = read(name, unit, target, actual);
  expect(got.actuals).not.toContain(sum);
  expect(got.findings).toContain('reading-uncertain:E3');
});

test.each([
  ['EV20台', 'EV12台・PHV8台', 12],
  ['EV 10', 'EV 6・HV 9', 6],
])('a target labelled as one part (%s) is read against that part', (target, actual, part) => {
  expect(read('次世代自動車導入台数', '台', target, actual).actuals).toEqual([part]);
});

test('kinds of one count still add up (the rule the hold-out needs)', () => {
  expect(read('電動車導入台数', '台', 20, 'EV12台・PHV8台').actuals).toEqual([20]);
});

test('review rv79 item 6: levels at two places against a bound are each held to it, never summed (the lowest attainment counts)', () => {
  const rows = [
    ['評価対象年度：2023年度'],
    ['指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '備考'],
    ['幹線道路沿道の騒音レベル（昼間）', 'dB', '68・71', '70以下', 'A 68・B 72', '測定地点A：国道○号、B：県道△号'],
    ['市民課窓口の平均待ち時間', '分', 24, '15分以内', 'A 12分・B 18分', 'A：本庁舎、B：東支所'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('S', rows)] }, {});
  expect(report.indicators.map((i) => [i.actual ?? null, i.direction, i.grade])).toEqual([
    [null, 'down', 'B'],
    [null, 'down', 'B'],
  ]);
  expect(report.indicators.map((i) => i.measures?.map((m) => m.actual))).toEqual([
    [68, 72],
    [12, 18],
  ]);
});

test.each([
  ['交通事故件数', '件', '10件以下', 'A 3件・B 4件'],
  ['研修の受講時間', '時間', 20, 'A 12時間・B 8時間'],
])('%s: parts against a bound or of a time are not summed, and the reading is flagged', (name, unit, target, actual) => {
  const got = read(name, unit, target, actual);
  expect(got.actuals).not.toContain(7);
  expect(got.actuals).not.toContain(20);
  expect(got.findings).toContain('reading-uncertain:E3');
});
