/** A self-evaluation form: a 目標 cell of a name over yearly target lines, its result in prose, its 自己評価 mark. */
import type { CellValue } from '../model/port';
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { targetLines } from './targetLinesForms';
import { snap } from './testing';

const scale = [
  { grade: 'A', label: '順調' },
  { grade: 'B', label: '概ね順調' },
];
const GOAL = '住民主体の通いの場の箇所数\n令和３年度　85か所\n令和４年度　95か所\n令和５年度　105か所';
const DONE = '・令和５年度末の通いの場は 98か所 となった（令和４年度末 92か所）。';

/** 年度 line, 目標 cell, a year-end heading, the 実施内容 and the 自己評価 lines; `lines` replace the lines after the title. */
function form(lines: CellValue[][]) {
  return snap('取組１', [['取組と目標に対する自己評価シート'], ...lines]);
}

const standard = (goal = GOAL, done = DONE, year: CellValue[] = ['年度', '令和５年度']) =>
  form([
    year,
    ['タイトル', '住民主体の通いの場の拡充'],
    ['目標（事業内容、指標等）', goal],
    ['目標の評価方法', '■実績評価のみ\n評価の方法：各年度末の箇所数'],
    ['【後期（実績評価）】令和５年度　年度末実績評価'],
    ['実施内容', done],
    ['自己評価', '○'],
  ]);

const read = (s: ReturnType<typeof form>) =>
  detectSheet(s, scale).indicators.map((i) => ({
    name: i.name,
    unit: i.unit,
    targets: i.targets.map((t) => [t.period?.fiscalYear, t.parsed.status === 'value' && t.parsed.value]),
    actuals: i.actuals.map((a) => [a.cell, a.period?.fiscalYear, a.parsed.status === 'value' && a.parsed.value]),
    grade: i.gradeCell?.cell,
    guesses: i.guesses?.map((g) => [g.reason, g.cells]),
  }));

test('the name line and the year lines of a target cell; a cell of other lines is none', () => {
  expect(targetLines(GOAL)?.name).toBe('住民主体の通いの場の箇所数');
  expect(targetLines(GOAL)?.years.map((y) => [y.period.fiscalYear, y.text])).toEqual([
    [2021, '85か所'],
    [2022, '95か所'],
    [2023, '105か所'],
  ]);
  expect(targetLines('通いの場を増やす\n住民主体の運営を支援する\n担い手を養成する')).toBeNull();
  expect(targetLines('令和５年度　105か所\n令和６年度　110か所')).toBeNull();
});

test('the form reads the name, each year’s target, the year’s figure of the 実施内容 and the 自己評価 cell', () => {
  expect(read(standard())).toEqual([
    {
      name: '住民主体の通いの場の箇所数',
      unit: 'か所',
      targets: [
        [2021, 85],
        [2022, 95],
        [2023, 105],
      ],
      actuals: [['B7', 2023, 98]],
      grade: 'B8',
      guesses: undefined,
    },
  ]);
});

test('with no 年度 line the year-end heading over the result dates the form; with neither the form is not read', () => {
  expect(read(standard(GOAL, DONE, ['保険者名', '○○市']))[0].actuals).toEqual([['B7', 2023, 98]]);
  const undated = form([
    ['目標（事業内容、指標等）', GOAL],
    ['実施内容', DONE],
    ['自己評価', '○'],
  ]);
  expect(read(undated)).toEqual([]);
});

test('a 年度 line and a heading of two different years: not read', () => {
  expect(read(standard(GOAL, DONE, ['年度', '令和４年度']))).toEqual([]);
});

test('a result stating two figures of the unit for the year leaves the actual unread, a guess naming the target and result cells', () => {
  const [ind] = read(standard(GOAL, '・令和５年度末は東地区 40か所、西地区 58か所 となった。'));
  expect(ind.actuals).toEqual([]);
  expect(ind.guesses).toEqual([['result-text-unread', ['B4', 'B7']]]);
  const sheet = standard(GOAL, '・令和５年度末は東地区 40か所、西地区 58か所 となった。');
  const uncertain = checkWorkbook({ sheets: [sheet] }, {}).report.findings.filter((f) => f.code === 'reading-uncertain');
  expect(uncertain.map((f) => [f.cell, f.params])).toEqual([['B4', expect.objectContaining({ reason: 'result-text-unread', cells: ['B4', 'B7'] })]]);
});

test('of a 前期 and a 後期 section, the 実施内容 under the 実績評価 heading is the result', () => {
  const s = form([
    ['年度', '令和５年度'],
    ['目標（事業内容、指標等）', GOAL],
    ['【前期（中間見直し）】'],
    ['実施内容', '・９月末の通いの場は 96か所。'],
    ['自己評価', '○'],
    ['【後期（実績評価）】'],
    ['実施内容', DONE],
    ['自己評価', '○'],
  ]);
  const [ind] = read(s);
  expect([ind.actuals, ind.grade]).toEqual([[['B8', 2023, 98]], 'B9']);
});

test('a plain label form (目標値 | 30 over 実績値 | 25) is not this form: its reading is unchanged', () => {
  const s = form([
    ['年度', '令和５年度'],
    ['指標名', '相談件数'],
    ['目標値', '30件'],
    ['実績値', '25件'],
  ]);
  const got = detectSheet(s, scale).indicators.map((i) => [i.name, i.targets.map((t) => t.cell), i.actuals.map((a) => a.cell)]);
  expect(got).toEqual([['相談件数', ['B4'], ['B5']]]);
});

describe('rv60: a figure of another count than the target’s measure is no actual (left unread, flagged)', () => {
  const named = (name: string, unit: string) => `${name}\n令和３年度　40${unit}\n令和４年度　45${unit}\n令和５年度　50${unit}`;
  test.each([
    ['2e 延べ against 実人数', named('認知症カフェ参加者数（実人数）', '人'), '・市内５か所で開催し、延べ 1,046名 が参加した。'],
    ['2z 定員', named('介護予防教室参加者数', '人'), '・定員 600人 で募集したが、参加者数は集計中である。'],
    ['2s 対象者', named('介護予防ケアマネジメント研修受講者数', '人'), '・研修対象者 120人 に案内を送付し、研修を実施した。'],
    ['2u のうち (the population)', named('ケアプラン点検実施事業所数', '事業所'), '・市内の居宅介護支援事業所 66事業所 のうち、ケアプラン点検を実施した。'],
    ['2j 予算', named('補助金交付額', '千円'), '・予算額 1,000千円 のうち、7団体に交付した。'],
    ['2r モデル地区', named('介護予防・日常生活圏域ニーズ調査の主観的健康感（よい）', '%'), '・モデル地区の調査では 80% が健康と回答。'],
    ['2a 新たに', GOAL, '・新たに 6か所 の通いの場を立ち上げた。'],
    ['2b モデル地区', GOAL, '・モデル地区である東地区で通いの場 3か所 を立ち上げ支援した。'],
    ['2i the volunteers', named('介護予防教室参加者数', '人'), '・教室を48回開催した。運営ボランティアは 35人 。'],
    ['2h the staff', named('介護予防教室参加者数', '人'), '・理学療法士等の専門職 5人 を講師として派遣し、教室を充実させた。参加者数は集計中。'],
    ['2w 中止', named('介護予防教室開催回数', '回'), '・感染症拡大のため、12回 を中止した。'],
    ['2v the plan, then 中止', named('介護予防教室開催回数', '回'), '・48回 の開催を予定していたが、感染症のため 12回 中止した。'],
    ['2f 月１回', named('介護予防教室開催回数', '回'), '・市内４会場で月１回開催し、延べ 420人 が参加した。'],
    ['2c a yearly figure against 累計', named('認知症サポーター養成数（累計）', '人'), '・令和５年度は養成講座を20回開催し、620人 を養成した。'],
    ['2d 累計 against a yearly target', named('認知症サポーター養成数', '人'), '・養成講座を開催し、養成者数は累計 15,620人 となった。'],
    ['2l dated mid-year (９月末時点)', GOAL, '・９月末時点の通いの場は 96か所。'],
  ])('%s', (_, goal, done) => {
    const [ind] = read(standard(goal, done));
    expect(ind.actuals).toEqual([]);
    expect(ind.guesses).toEqual([['result-text-unread', [expect.any(String), 'B7']]]);
  });

  test('2m: a result under a mid-year heading alone (【前期（中間見直し）】) is no year’s actual', () => {
    const s = form([
      ['年度', '令和５年度'],
      ['目標（事業内容、指標等）', GOAL],
      ['【前期（中間見直し）】'],
      ['実施内容', '・通いの場は 96か所 となった。'],
      ['自己評価', '○'],
    ]);
    const [ind] = read(s);
    expect(ind.actuals).toEqual([]);
    expect(ind.guesses?.[0][0]).toBe('result-text-unread');
  });

  test('the measure named, or a bare figure alone, is still read (対象者 when the name counts 対象者)', () => {
    expect(read(standard(GOAL, '・98か所 となった。'))[0].actuals).toEqual([['B7', 2023, 98]]);
    expect(read(standard(named('支援対象者数', '人'), '・令和５年度の支援対象者は 17人（うち医療につながった者 14人）。'))[0].actuals).toEqual([
      ['B7', 2023, 17],
    ]);
    expect(read(standard(named('介護予防教室参加者数', '人'), '・定員 600人 に対し、参加者は 480人 。'))[0].actuals).toEqual([['B7', 2023, 480]]);
  });
});
