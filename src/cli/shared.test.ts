import { rewrittenNote } from './shared';

test('a rewritten workbook is said as it is: what was lost, or that nothing was (it no longer claims lost charts it cannot have)', () => {
  expect(rewrittenNote({ keptEverything: true, lost: [] })).toBeNull();
  expect(rewrittenNote({ keptEverything: false, lost: [] })).toBe(
    '注意：このブックは元の形のままでは書き込めなかったため、ブック全体を書き直しました。グラフ・図形・メモ・シートの保護など、失われたものはありません。',
  );
  expect(rewrittenNote({ keptEverything: false, lost: ['グラフ', 'メモ'] })).toContain('書き出したブックには グラフ、メモ が残っていません。');
});
