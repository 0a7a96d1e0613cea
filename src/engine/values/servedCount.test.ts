import { lowerIsBetterSubject } from './lowerIsBetter';
import { reachedByService } from './servedCount';

test('a clause naming those a service reached (took part, got support, were repaired) makes the count more-is-better', () => {
  for (const before of ['オンライン学習に参加した', '支援を受けた', '学校に復帰した', '改修した', '関係機関につながった'])
    expect(reachedByService(before)).toBe(true);
  expect(lowerIsBetterSubject('オンライン学習に参加した不登校児童生徒数')).toBeNull();
  expect(lowerIsBetterSubject('教育支援センターを利用した不登校児童生徒数')).toBeNull();
  expect(lowerIsBetterSubject('補助金を活用して改修した空き家数')).toBeNull();
});

test('what merely happened or stays still counts the unwanted thing: lower is better', () => {
  for (const before of ['市内で発生した', '放置されている', '', '30日以上欠席した', '参加できない', '台風の被害を受けた'])
    expect(reachedByService(before)).toBe(false);
  expect(lowerIsBetterSubject('不登校児童生徒数')).toBe('不登校児童生徒数');
  expect(lowerIsBetterSubject('放置されている空き家数')).toBe('空き家数');
  expect(lowerIsBetterSubject('市内で発生した交通事故件数')).toBe('事故件数');
  expect(lowerIsBetterSubject('台風の被害を受けた空き家数')).toBe('空き家数');
});

test('review rv78: a means used (SNS, ATM, 自転車 … を利用した) reaches nobody; a service used (相談窓口を利用した) does', () => {
  expect(reachedByService('SNSを利用した')).toBe(false);
  expect(reachedByService('インターネットを活用した')).toBe(false);
  expect(reachedByService('自転車を利用した')).toBe(false);
  expect(reachedByService('相談窓口を利用した')).toBe(true);
  expect(reachedByService('適応指導教室を利用した')).toBe(true);
  expect(reachedByService('オンライン学習に参加した')).toBe(true);
});

test('a service received closing a list (相談・指導等を受けた) reaches the counted ones; harm listed (被害等を受けた) does not', () => {
  expect(reachedByService('相談・指導等を受けた')).toBe(true);
  expect(reachedByService('専門機関の支援などを受けた')).toBe(true);
  expect(lowerIsBetterSubject('相談・指導等を受けた不登校児童生徒数')).toBeNull();
  expect(reachedByService('被害等を受けた')).toBe(false);
  expect(lowerIsBetterSubject('台風の被害等を受けた空き家数')).toBe('空き家数');
});

test('review rv79 item 1: before those in need (不登校, 空き家) any 利用／活用 clause reaches them; before a harm, none does', () => {
  expect(lowerIsBetterSubject('フリースクール等を利用した不登校児童生徒数')).toBeNull();
  expect(lowerIsBetterSubject('オンライン授業を活用した不登校児童生徒数')).toBeNull();
  expect(lowerIsBetterSubject('住宅リフォーム補助金を活用した空き家数')).toBeNull();
  expect(lowerIsBetterSubject('空き家バンクを利用した空き家数')).toBeNull();
  expect(lowerIsBetterSubject('SNS等のサービスを利用した犯罪の認知件数')).toBe('犯罪の認知件数');
  expect(lowerIsBetterSubject('インターネットサービスを利用した詐欺被害件数')).toBe('被害件数');
  expect(lowerIsBetterSubject('自転車を利用した事故件数')).toBe('事故件数');
  expect(lowerIsBetterSubject('相談・指導等を受けた不登校児童生徒数')).toBeNull();
});
