/** A name written after its block's number 「指標１　…」 is the name; the number is its id. */
import { cleanName } from './names';

test.each([
  ['指標１　市民活動団体の登録数', '市民活動団体の登録数', '1'],
  ['指標12 公園の清掃回数', '公園の清掃回数', '12'],
  ['指標3：自治会の加入率', '自治会の加入率', '3'],
])('%s', (raw, name, id) => {
  const c = cleanName(raw);
  expect([c.name, c.id]).toEqual([name, id]);
});

test('a name that only begins with 指標 and a figure keeps it (指標100選の…)', () => {
  expect(cleanName('指標100選の達成数').name).toBe('指標100選の達成数');
});
