/** `evalsheet init`: adds 評価設定 with the default rules. */
import * as app from '../../app';
import { SETTINGS_SHEET } from '../../engine';
import { writeTarget, writtenLine, type OutputFlags } from '../output';
import { type Io, ExitError, rewrittenNote, outputFor, NOTHING_WRITTEN, openFile } from '../shared';

export async function init(file: string, opts: OutputFlags, io: Io): Promise<number> {
  const target = await outputFor(file, opts, { inPlace: true });
  if (!target)
    throw new ExitError(
      2,
      `${file}: 書き込み先を -o で指定するか、元のファイルに書き込むなら --in-place を付けてください（例：evalsheet init 評価.xlsx --in-place。元の内容は同じフォルダーにバックアップとして残します）。`,
    );
  const added = await app.init(await openFile(file), { file });
  if (added.kind === 'exists') {
    io.out(`${file}: シート「${SETTINGS_SHEET}」はすでにあります。何も書き込んでいません（${NOTHING_WRITTEN(target)}）。`);
    return 0;
  }
  const backup = await writeTarget(target, added.applied.bytes);
  io.out(`${target.out}: シート「${SETTINGS_SHEET}」を追加しました（既定の評価ルール）。`);
  io.out(writtenLine(target, backup));
  const rewritten = rewrittenNote(added.applied);
  if (rewritten) io.err(rewritten);
  return 0;
}
