import { finding } from '../engine/model/findings';
import { UsageError } from '../engine/model/errors';
import { findingLine, findingText, usageText } from './format';

test('the command line renders findings in Japanese and names its own flag where a message says how to set the period', () => {
  const f = finding('period-undetermined', { sheet: null, cell: null, indicator: null }, {});
  expect(findingText(f)).toBe('評価対象期間を判断できませんでした。各指標の最新の実績で評価しています。--period か評価設定で期間を指定してください。');
  expect(f.message).not.toContain('--period');
  const g = finding('actual-pending', { sheet: '施策1', cell: 'D3', indicator: '参加者数' }, { value: '集計中' });
  expect(findingLine(g)).toBe('  情報 施策1!D3 「参加者数」 実績値が「集計中」のため評価していません。確定したら数値を入力してください。 [actual-pending]');
});

test('a usage error for the command line names the flag to fix; its message (Excel) does not', () => {
  const e = new UsageError('rules-invalid', { problems: [{ field: 'proRate', variant: 'boolean' }] });
  expect(usageText(e)).toBe('評価ルール（--rules）に誤りがあります：\n  - 「proRate」は true か false にしてください。');
  expect(e.message).toBe('評価ルールに誤りがあります：\n  - 「proRate」は true か false にしてください。');
  expect(usageText(new UsageError('roll-period-unknown', {}))).toContain('コマンドでは --period で指定してください。');
});
