import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { LastRun, WorkbookHost } from '../../adapters/officejs/host';
import { UndoRefused, type UndoResult } from '../../adapters/officejs/undo';
import type { Messages } from '../i18n';
import { ErrorBar, errorText } from './shared';

export function UndoView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const [last, setLast] = useState<LastRun | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<UndoResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    host.lastRun().then(setLast, (e) => setError(errorText(e)));
  }, [host, result]);

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await host.undo());
    } catch (e) {
      // A record that does not verify: said in the pane's language, with the reason.
      setError(e instanceof UndoRefused ? t.undoRefused(e.reason) : errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t.tabUndo} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {/* The outcome of an undo comes first; "nothing to undo" is only the empty state. */}
      {result && <UndoOutcome result={result} t={t} />}
      {last === null && !result && <Text>{t.noLastRun}</Text>}
      {last && last.refused && (
        <MessageBar intent="warning">
          <MessageBarBody data-testid="undo-refused">{t.undoRefused(last.refused)}</MessageBarBody>
        </MessageBar>
      )}
      {last && !last.refused && (
        <Text data-testid="last-run">
          {t.lastRun(
            last.action,
            new Date(last.at).toLocaleString(),
            last.cells,
            t.lastRunSheets(last.addedSheets.join('」「'), last.replacedSheets.join('」「')),
          )}
        </Text>
      )}
      <Button appearance="primary" onClick={run} disabled={busy || !last || !!last.refused}>
        {busy ? t.undoing : t.undo}
      </Button>
      <ErrorBar error={error} />
    </section>
  );
}

/** What was restored (cells, replaced sheets with their cells, added sheets deleted) and what was left alone and why. */
function UndoOutcome({ result, t }: { result: UndoResult; t: Messages }) {
  const parts = [
    result.restored > 0 ? t.undoneParts.cells(result.restored) : '',
    ...result.restoredSheets.map((name) => t.undoneParts.sheet(name, result.restoredSheetCells[name] ?? 0)),
    result.deletedSheets.length ? t.undoneParts.deleted(result.deletedSheets.join('」「')) : '',
    result.missingSheets.length ? t.undoMissing(result.missingSheets.join('」「')) : '',
  ].filter(Boolean);
  return (
    <MessageBar intent={result.skipped.length || result.missingSheets.length ? 'warning' : 'success'}>
      <MessageBarBody data-testid="undo-done">
        {t.undoneHead(result.action)} {parts.length ? `${parts.join('。')}。` : t.undoneNothing}
        {result.skipped.length > 0 && ` ${t.skipped}：${result.skipped.map((s) => `${s.sheet}!${s.cell}`).join('、')}`}
      </MessageBarBody>
    </MessageBar>
  );
}
