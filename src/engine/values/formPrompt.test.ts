import { isFormPrompt } from './formPrompt';

test('a form’s prompt to write a name or a figure in the cell', () => {
  for (const t of ['（指標名を入力）', '指標名を入力してください', '(記入)', '【KPIを記入】', '入力欄', '数値を記載願います', '←指標名を入力'])
    expect([t, isFormPrompt(t)]).toEqual([t, true]);
});

test('a name holding 入力 / 記入 as its own word is none', () => {
  for (const t of ['電子申告入力件数', '記入済み調書の数', '入力支援研修の受講者数', '住民票の写しの記入例作成数', '（指標名）', '道の駅○○の入込客数'])
    expect([t, isFormPrompt(t)]).toEqual([t, false]);
});
