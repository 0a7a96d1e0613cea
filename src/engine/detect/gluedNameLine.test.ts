/** Review rv79 item 8: a name line whose next line's first word may glue onto it is cut only with a guess naming the cell. */
import { checkWorkbook } from '../actions/check';
import { mayGlueOn } from './gluedNameLine';
import { snap } from './testing';

test('a bare compound of one or two kanji then の / に / を after a kanji ending may glue onto it', () => {
  expect(mayGlueOn('商店街の防犯カメラ設置', '費用の一部を補助する')).toBe(true);
  expect(mayGlueOn('市内中小企業の販路', '拡大に向けた展示会出展を支援')).toBe(true);
  expect(mayGlueOn('放課後学習教室の開催', '小学生を対象に放課後の学習の場を提供する')).toBe(false);
  expect(mayGlueOn('子育て応援セミナー', '乳幼児の保護者を対象に講話を行う')).toBe(false);
});

const read = (rows: (string | number)[][]) => {
  const { report } = checkWorkbook({ sheets: [snap('商工振興', [['No.', '事業名', '単位', 'R5年度目標', 'R5年度実績'], ...rows])] }, { period: '2023' });
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => ('reason' in f.params ? [f.params.reason, f.params.cells] : null));
  return { names: report.indicators.map((i) => i.name), guesses };
};

test('in a column of names over what is done, a cut before a line that may go on with the name is a guess', () => {
  const { names, guesses } = read([
    ['1-1', '放課後学習教室の開催\n小学生を対象に放課後の学習の場を提供する', '回', 40, 38],
    ['1-2', '通学用ヘルメットの購入補助\n自転車通学の生徒にヘルメット購入費の一部を補助する', '件', 120, 131],
    ['1-3', '商店街の防犯カメラ設置\n費用の一部を補助する', '台', 10, 8],
    ['1-4', '図書館の資料の充実\n児童書・郷土資料を計画的に購入する', '冊', 2000, 1850],
  ]);
  expect(names).toEqual(['放課後学習教室の開催', '通学用ヘルメットの購入補助', '商店街の防犯カメラ設置', '図書館の資料の充実']);
  expect(guesses).toEqual([['name-line-cut', ['B4']]]);
});
