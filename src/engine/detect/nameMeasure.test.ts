/** What a name measures: its words after its last particle, compared on kanji and katakana, 割合 as 率. */
import { aimSpeaksOf, contentOf, measureOf } from './nameMeasure';
import { detectWorkbook } from './index';
import { snap } from './testing';
import { directionFromWords } from '../values/labels';

test.each([
  ['不登校児童生徒への支援件数', '支援件数'],
  ['生涯学習講座の参加者数', '参加者数'],
  ['朝食を欠食する中学生の割合', '率'],
  ['市域の温室効果ガス排出量', '温室効果ガス排出量'],
  ['講座参加者数（延べ）', '講座参加者数'],
  ['CO2排出量', '排出量'],
])('%s measures %s', (name, measure) => expect(measureOf(name)).toBe(measure));

test('content characters leave hiragana, digits and marks out', () => {
  expect(contentOf('※不登校児童生徒数は')).toBe('不登校児童生徒数');
});

describe('aimSpeaksOf: whether a remark’s aim to lower something speaks of the indicator (review rv40)', () => {
  test.each([
    ['温室効果ガス排出量', '温室効果ガス排出量'],
    ['交通事故', '交通事故発生件数'],
    ['肥満者', '肥満者の割合'],
    ['CO2', '市内のCO2排出量'],
  ])('lowering %s speaks of %s', (object, name) => expect(aimSpeaksOf(object, name)).toBe(true));
  test.each([
    ['未受診者', '特定健診受診率'],
    ['管理不全空き家', '空き家の除却率'],
    ['1人1日当たり排出量', 'ごみ排出量の削減率'],
    ['認知件数', '刑法犯認知件数の減少率'],
    // A measure of the lowering itself: more is better (review rv53).
    ['経費', '経費削減効果額'],
    ['人件費', '人件費削減額'],
    ['ごみ', 'ごみ減量化率'],
    ['時間外勤務', '時間外勤務縮減達成率'],
  ])('lowering %s says nothing of %s', (object, name) => expect(aimSpeaksOf(object, name)).toBe(false));
});

test('a table’s 備考 aiming to lower another quantity leaves the indicator’s way to its name', () => {
  const rows = [
    ['令和5年度 成果指標の状況'],
    ['指標名', '単位', '目標値', '実績値', '備考'],
    ['ごみ排出量の削減率', '％', 10, 8, '1人1日当たり排出量の減少を目指す'],
    ['空き家の除却率', '％', 30, 35, '管理不全空き家の減少を目指す'],
    ['刑法犯認知件数の減少率', '％', 20, 15, '認知件数の減少を目標とする'],
    ['特定健診受診率', '％', 60, 52, '未受診者の減少を目指す'],
    ['温室効果ガス排出量', '千t-CO2', 900, 950, '温室効果ガス排出量の削減を目指す'],
    ['交通事故発生件数', '件', 300, 280, '交通事故の減少を目指す'],
  ];
  const read = detectWorkbook([snap('事業', rows)], [{ grade: 'A', label: '' }])[0].indicators;
  expect(read.map((i) => [i.name, directionFromWords(i.wordsForDirection)])).toEqual([
    ['ごみ排出量の削減率', null],
    ['空き家の除却率', null],
    ['刑法犯認知件数の減少率', null],
    ['特定健診受診率', null],
    ['温室効果ガス排出量', 'down'],
    ['交通事故発生件数', 'down'],
  ]);
});

test('an aim at none of another thing (待機児童ゼロ, 空白地域ゼロ, 孤立死の根絶) leaves the indicator up; of its own, down (review rv41b)', () => {
  const rows = [
    ['令和5年度 成果指標の状況'],
    ['指標名', '単位', '目標値', '実績値', '指標の説明'],
    ['保育定員数', '人', 1200, 1150, '待機児童ゼロを目指し定員を拡充する'],
    ['光ファイバ網カバー率', '％', 99, 97, '空白地域ゼロを目指す'],
    ['地域見守り協力事業所数', '事業所', 50, 40, '孤立死の根絶を目指す'],
    ['証明書等の誤交付件数', '件', 0, 2, '誤交付ゼロを目指す'],
  ];
  const read = detectWorkbook([snap('事業', rows)], [{ grade: 'A', label: '' }])[0].indicators;
  expect(read.map((i) => [i.name, directionFromWords(i.wordsForDirection)])).toEqual([
    ['保育定員数', null],
    ['光ファイバ網カバー率', null],
    ['地域見守り協力事業所数', null],
    ['証明書等の誤交付件数', 'down'],
  ]);
});

test('a description showing the prevention, easing or end of another thing (貧困の連鎖の防止) leaves the indicator up; of its own, down', () => {
  const rows = [
    ['令和5年度 成果指標の進捗状況'],
    ['指標', '指標の説明', '単位', '目標（R7）', '実績'],
    ['生活保護世帯の子どもの高等学校等進学率', '貧困の連鎖の防止を示す指標', '％', 100, 93.8],
    ['家計改善支援の利用件数', '家計の負担の軽減を図る取組の広がりを示す指標', '件', 80, 66],
    ['交通事故発生件数', '交通事故の防止を示す指標', '件', 300, 280],
    ['平均待ち時間', '窓口の待ち時間の短縮を図る指標', '分', 10, 12],
  ];
  const read = detectWorkbook([snap('事業', rows)], [{ grade: 'A', label: '' }])[0].indicators;
  expect(read.map((i) => [i.name, directionFromWords(i.wordsForDirection)])).toEqual([
    ['生活保護世帯の子どもの高等学校等進学率', null],
    ['家計改善支援の利用件数', null],
    ['交通事故発生件数', 'down'],
    ['平均待ち時間', 'down'],
  ]);
});

test('review rv66: what the work prevents or shortens beside a count, a cost or a time speaks of it (down); 空き家解消件数 is the end counted (up)', () => {
  const rows = [
    ['令和5年度 成果指標の進捗状況'],
    ['指標', '指標の説明', '単位', '目標（R7）', '実績'],
    ['放置自転車台数', '駅前の歩行環境の悪化を防止する', '台', 50, 40],
    ['国保1人当たり医療費', '生活習慣病の重症化の防止を図る', '円', 350000, 360000],
    ['手続きの平均処理日数', '市民の待ち時間を短縮する', '日', 5, 4],
    ['空き家解消件数', '空き家の解消を図る', '件', 30, 22],
    ['生活保護世帯の子どもの高等学校等進学率', '貧困の連鎖の防止を図る', '％', 100, 93.8],
  ];
  const read = detectWorkbook([snap('事業', rows)], [{ grade: 'A', label: '' }])[0].indicators;
  expect(read.map((i) => [i.name, directionFromWords(i.wordsForDirection)])).toEqual([
    ['放置自転車台数', 'down'],
    ['国保1人当たり医療費', 'down'],
    ['手続きの平均処理日数', 'down'],
    ['空き家解消件数', null],
    ['生活保護世帯の子どもの高等学校等進学率', null],
  ]);
});
