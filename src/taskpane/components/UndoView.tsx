import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import type { UndoResult } from '../../adapters/officejs/undo';
import type { Messages } from '../i18n';
import { ErrorBar, errorText } from './shared';

export function UndoView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const [last, setLast] = useState<{ action: string; at: string; cells: number } | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<UndoResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    host.lastRun().then(setLast, (e) => setError(errorText(e)));
  }, [host, result]);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await host.undo());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t.tabUndo} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {last === null && <Text>{t.noLastRun}</Text>}
      {last && <Text>{t.lastRun(last.action, new Date(last.at).toLocaleString(), last.cells)}</Text>}
      <Button appearance="primary" onClick={run} disabled={busy || !last}>
        {busy ? t.undoing : t.undo}
      </Button>
      <ErrorBar error={error} />
      {result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t.undone(result.restored)}
            {result.deletedSheets.length > 0 && ` ${t.deletedSheets}：${result.deletedSheets.join('、')}`}
            {result.skipped.length > 0 && ` ${t.skipped}：${result.skipped.map((s) => `${s.sheet}!${s.cell}`).join('、')}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
