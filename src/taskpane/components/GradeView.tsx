import { useRef, useState } from 'react';
import { Button, Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { GradeResult, Progress, WorkbookHost } from '../../adapters/officejs/host';
import type { Messages } from '../i18n';
import { Counts, ErrorBar, errorText, ProgressLine } from './shared';

export function GradeView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<GradeResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    abort.current = new AbortController();
    try {
      setResult(await host.grade({ overwrite, signal: abort.current.signal, onProgress: setProgress }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <section aria-label={t.tabGrade} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Checkbox checked={overwrite} onChange={(_, d) => setOverwrite(!!d.checked)} label={t.overwrite} />
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" onClick={run} disabled={busy}>
          {busy ? t.grading : t.grade}
        </Button>
        {busy && <Button onClick={() => abort.current?.abort()}>{t.cancel}</Button>}
      </div>
      <ProgressLine progress={progress} t={t} />
      <ErrorBar error={error} />
      {result && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              {t.changed}：{result.changes.length} / {t.sheetsWritten}：{result.sheets.join('、')}
            </MessageBarBody>
          </MessageBar>
          <Counts report={result.report} t={t} />
          {result.changes.length === 0 && <Text>{t.noChange}</Text>}
          <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="changes">
            {result.changes.map((c) => (
              <li key={`${c.sheet}!${c.cell}`}>
                <Text size={200}>
                  {c.sheet}!{c.cell}：{c.previous === null || c.previous === '' ? '（空欄）' : String(c.previous)} → {c.value}（{c.indicator}）
                </Text>
              </li>
            ))}
          </ul>
          {result.kept > 0 && <Text>{t.kept(result.kept)}</Text>}
        </>
      )}
    </section>
  );
}
