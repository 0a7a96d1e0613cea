import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { LastRun, WorkbookHost } from '../../adapters/officejs/host';
import { UndoRefused, type UndoResult } from '../../adapters/officejs/undo';
import type { Messages } from '../i18n';
import { ErrorBar, errorText } from './shared';
import { UndoModeNote } from './UndoModeNote';

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
      // A record that does not verify: said in the pane's language, with the reason (an alert: announced).
      setError(e instanceof UndoRefused ? t.undoRefused(e.reason) : errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t.tabUndo} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {/* The outcome of an undo comes first; "nothing to undo" is only the empty state. */}
      {/* A polite live region present before the outcome arrives, so screen readers announce it. */}
      <div aria-live="polite" data-testid="undo-live">
        {result && <UndoOutcome result={result} t={t} />}
      </div>
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
            t.lastRunSheets(last.addedSheets.join(t.clerk.sheetJoin), last.replacedSheets.join(t.clerk.sheetJoin)),
          )}
        </Text>
      )}
      <UndoModeNote mode={host.undoMode} t={t} />
      <Button appearance="primary" onClick={run} disabled={busy || !last || !!last.refused}>
        {busy ? t.undoing : t.undo}
      </Button>
      <ErrorBar error={error} />
    </section>
  );
}

/** What was restored (cells, replaced sheets with their cells, added sheets deleted) and what was left alone and why, in words. */
export function undoneText(result: UndoResult, t: Messages): string {
  const parts = [
    result.restored > 0 ? t.undoneParts.cells(result.restored) : '',
    ...result.restoredSheets.map((name) => t.undoneParts.sheet(name, result.restoredSheetCells[name] ?? 0)),
    result.deletedSheets.length ? t.undoneParts.deleted(result.deletedSheets.join(t.clerk.sheetJoin)) : '',
    result.missingSheets.length ? t.undoMissing(result.missingSheets.join(t.clerk.sheetJoin)) : '',
  ].filter(Boolean);
  const skipped = result.skipped.length ? ` ${t.skipped}${t.clerk.colon}${result.skipped.map((s) => `${s.sheet}!${s.cell}`).join(t.clerk.listJoin)}` : '';
  return `${t.undoneHead(result.action)} ${parts.length ? t.clerk.sentences(parts) : t.undoneNothing}${skipped}`;
}

function UndoOutcome({ result, t }: { result: UndoResult; t: Messages }) {
  return (
    <MessageBar intent={result.skipped.length || result.missingSheets.length ? 'warning' : 'success'}>
      <MessageBarBody data-testid="undo-done">{undoneText(result, t)}</MessageBarBody>
    </MessageBar>
  );
}
