/** What a run did with the findings at their cells (the 指摘事項 sheet and EvalSheet's notes), in lines for the terminal. */
import type { FindingsOutcome } from '../app/rate';

export function findingsLines(f: FindingsOutcome): string[] {
  const lines: string[] = [];
  if (f.sheetProtected) lines.push('  シート「指摘事項」は保護されているため作り直していません（保護を解除すると次の実行で作り直します）。');
  else if (f.sheetForeign)
    lines.push(
      '  ブックにある「指摘事項」シートは EvalSheet が作ったものではないため、置き換えず、指摘の一覧も書いていません（そのシートの名前を変えると、次の実行で作ります）。',
    );
  else
    lines.push(
      f.count ? `  シート「指摘事項」に指摘 ${f.count}件を一覧にしました（各行のセルはそのセルへのリンクです）。` : '  シート「指摘事項」：指摘はありません。',
    );
  const n = f.notes;
  if (!n) {
    if (f.count) lines.push('  セルのメモは書いていません（書くには --notes）。');
    return lines;
  }
  const done = [
    n.written && `新しく ${n.written}件`,
    n.replaced && `書き直し ${n.replaced}件`,
    n.removed && `直った指摘のメモの削除 ${n.removed}件`,
    n.unchanged && `前回と同じでそのまま ${n.unchanged}件`,
  ].filter(Boolean);
  lines.push(`  EvalSheet のメモ（「【EvalSheet】」で始まるもの）：${done.length ? done.join('、') : '変更なし'}。`);
  if (n.personNotes)
    lines.push(
      `  人が書いたメモのあるセル ${n.personNotes}か所には、メモを書いていません（そのメモは変更していません。指摘事項のシートの「メモ」の列に書いています）。`,
    );
  if (n.protectedCells) lines.push(`  保護されたシートのセル ${n.protectedCells}か所には、メモを書いていません（指摘事項のシートに一覧があります）。`);
  if (n.left) lines.push(`  保護されたシートにある以前の EvalSheet のメモ ${n.left}件は、そのまま残しています。`);
  return lines;
}
