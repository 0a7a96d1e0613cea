/** A change bounded by 以上 in a remark is the target's change, an aim; a change that happened is none. */
import { statesBoundedChange } from './boundedChange';
import { remarkAims } from './remarkAims';

test.each(['令和4年度末から5％以上削減', '基準値より10%以上の減少', '3％以上増加', 'H25年度比 20％以上削減'])('a bounded change: %s', (text) => {
  expect(statesBoundedChange(text)).toBe(true);
});

test.each(['5％減少', '前年度比5%減', '令和4年度末の施設入所者数の6％以上', '5%以上の世帯が減少', '5％以上削減した', '10%以上'])(
  'no bounded change: %s',
  (text) => {
    expect(statesBoundedChange(text)).toBe(false);
  },
);

test('the remark speaks for the direction only with the bound', () => {
  expect(remarkAims('令和4年度末から5％以上削減')).toContain('削減');
  expect(remarkAims('令和4年度末から5％削減')).toBe('');
  expect(remarkAims('利用者が5％減少')).toBe('');
});

test('a change from the year before, or with its cause, reports what happened: no aim', () => {
  for (const t of ['改修工事による休館で前年度から20％以上減少', '前年度より100人以上減少', '講座数の見直しにより500人以上減少', '感染症の影響で20％以上減少'])
    expect(statesBoundedChange(t)).toBe(false);
});
