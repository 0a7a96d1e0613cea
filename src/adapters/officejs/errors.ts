/** Errors of the Excel host, with a message a department clerk can act on. */
export type HostErrorKind = 'protected' | 'editing' | 'unsupported' | 'too-large' | 'no-undo' | 'untrusted' | 'busy' | 'cancelled' | 'stale' | 'other';

export class HostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/** Translates an Excel JavaScript API error into a HostError with a Japanese message. */
export function hostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error)?.message ?? String(e);
  if (code === 'InvalidOperationInCellEditMode')
    return new HostError('editing', 'セルを編集中のため実行できません。Enter キーで入力を確定してから、もう一度実行してください。');
  if (code === 'AccessDenied')
    return new HostError('protected', `保護されたシートには書き込めません。シートの保護を解除するか、担当者に依頼してください。（${message}）`);
  if (/PayloadSizeLimitExceeded/.test(code))
    return new HostError('too-large', 'ブックが大きすぎるため、一度に処理できません。使っていない行・列を削除してから実行してください。');
  if (code === 'ApiNotFound')
    return new HostError('unsupported', 'この Excel のバージョンではこの機能を使えません。Excel を更新するか、Microsoft 365 版の Excel で実行してください。');
  return new HostError('other', `Excel での処理に失敗しました：${message}`);
}
