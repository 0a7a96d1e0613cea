import { withoutFormulaClauses } from './formulaClause';

test.each([
  ['※達成率＝実績値÷目標値×100（減少を目指す指標は目標値÷実績値×100）', '（）'],
  ['※公害苦情の受付件数は減少を目指す指標。達成率は目標値÷実績値で算出', '※公害苦情の受付件数は減少を目指す指標。'],
  ['※ごみ排出量は少ないほど良い', '※ごみ排出量は少ないほど良い'],
  ['進捗率＝削減実績量／削減目標量', '進捗率＝削減実績量／削減目標量'],
])('a clause writing out a formula says no direction: %s', (text, left) => {
  expect(withoutFormulaClauses(text)).toBe(left);
});

test('a clause naming its own indicator as the subject keeps the way it states (review rv44)', () => {
  const text = '※達成率＝実績値÷目標値×100（ただし、市外転出者数は減少を目指す指標のため目標値÷実績値×100）';
  expect(withoutFormulaClauses(text)).toBe('（ただし、市外転出者数は減少を目指す指標のため目標値÷実績値×100）');
});
