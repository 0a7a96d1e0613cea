import { differOnlyByConnectingWords, withoutConnectingWords } from './connectingWords';

test('names that differ only by the words joining their nouns are one name', () => {
  expect(differOnlyByConnectingWords('転入者数', '転入者の数')).toBe(true);
  expect(differOnlyByConnectingWords('移住相談件数', '移住に関する相談件数')).toBe(true);
  expect(differOnlyByConnectingWords('市内事業所の新規雇用者数', '市内事業所における新規雇用者数')).toBe(true);
  expect(differOnlyByConnectingWords('自主防災組織の活動カバー率', '自主防災組織活動カバー率')).toBe(true);
  expect(differOnlyByConnectingWords('ごみ減量に係る講座の参加者数', 'ごみ減量講座参加者数')).toBe(true);
});

test('any other word still tells two names apart', () => {
  expect(differOnlyByConnectingWords('転入者数', '転出者の数')).toBe(false);
  expect(differOnlyByConnectingWords('相談件数', '市民に対する相談件数')).toBe(false);
  expect(differOnlyByConnectingWords('施設利用者数', '延べ施設の利用者数')).toBe(false);
  expect(differOnlyByConnectingWords('移住相談件数', '移住相談件数（累計）')).toBe(false);
});

test('spaces, 中黒 and full-width letters are compared as written plainly', () => {
  expect(withoutConnectingWords('ＫＰＩの 達成・件数')).toBe('kpi達成件数');
});
