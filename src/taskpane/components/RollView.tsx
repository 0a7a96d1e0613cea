import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { Progress, RollOutcome, WorkbookHost } from '../../adapters/officejs/host';
import type { Messages } from '../i18n';
import { ErrorBar, errorText, ProgressLine } from './shared';

/** 次の期間へ: the open workbook turned into the next period's, every change listed. */
export function RollView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<RollOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    abort.current = new AbortController();
    try {
      setResult(await host.roll({ signal: abort.current.signal, onProgress: setProgress }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const shown = (v: unknown) => (v === null || v === '' ? '（空欄）' : String(v).replace(/\n/g, ' ').slice(0, 30));
  return (
    <section aria-label={t.tabRoll} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.rollIntro}</Text>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" onClick={run} disabled={busy}>
          {busy ? t.rolling : t.rollStart}
        </Button>
        {busy && <Button onClick={() => abort.current?.abort()}>{t.cancel}</Button>}
      </div>
      <ProgressLine progress={progress} t={t} />
      <ErrorBar error={error} />
      {result && (
        <>
          <MessageBar intent={result.findings.some((f) => f.severity !== 'info') ? 'warning' : 'success'}>
            <MessageBarBody data-testid="roll-done">{t.rollDone(result.from, result.to, result.changes.length)}</MessageBarBody>
          </MessageBar>
          {result.findings.map((f, i) => (
            <Text key={i} size={200} data-testid="roll-finding">
              {f.message}
            </Text>
          ))}
          <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="roll-changes">
            {result.changes.map((c) => (
              <li key={`${c.sheet}!${c.cell}`} data-kind={c.kind}>
                <Text size={200}>
                  {c.sheet}!{c.cell}：{shown(c.before)} → {shown(c.after)}
                  {c.subject ? `（${c.subject}）` : ''}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
