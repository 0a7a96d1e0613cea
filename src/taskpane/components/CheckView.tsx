import { useMemo, useState } from 'react';
import { Button, Field, Link, Select, Spinner, Text } from '@fluentui/react-components';
import type { WorkbookHost, Progress } from '../../adapters/officejs/host';
import type { CheckResult } from '../../engine/actions/check';
import type { Finding } from '../../engine/model/report';
import type { Messages } from '../i18n';
import { Counts, ErrorBar, errorText, ProgressLine } from './shared';
import { IndicatorList } from './IndicatorList';

type Filter = 'all' | Finding['severity'];

/** The findings by sheet, filtered by severity; a finding's cell link selects it, its indicator named. */
function FindingList({ findings, host, t, onError }: { findings: Finding[]; host: WorkbookHost; t: Messages; onError: (e: unknown) => void }) {
  const [filter, setFilter] = useState<Filter>('all');
  const groups = useMemo(() => {
    const out = new Map<string, Finding[]>();
    for (const f of findings) {
      if (filter !== 'all' && f.severity !== filter) continue;
      const k = f.sheet ?? '（ブック全体）';
      out.set(k, [...(out.get(k) ?? []), f]);
    }
    return out;
  }, [findings, filter]);
  return (
    <>
      <Field label={t.severity}>
        <Select value={filter} onChange={(_, d) => setFilter(d.value as Filter)}>
          <option value="all">{t.all}</option>
          <option value="error">{t.error}</option>
          <option value="warning">{t.warning}</option>
          <option value="info">{t.info}</option>
        </Select>
      </Field>
      <Text weight="semibold">
        {t.findings}（{[...groups.values()].reduce((n, g) => n + g.length, 0)}）
      </Text>
      {groups.size === 0 && <Text>{t.noFindings}</Text>}
      {[...groups].map(([sheet, list]) => (
        <div key={sheet} data-testid="finding-group">
          <Text as="h2" weight="semibold" size={300}>
            {sheet}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {list.map((f, i) => (
              <li key={i} data-severity={f.severity}>
                <Text size={200}>
                  [{t[f.severity]}]{' '}
                  {f.sheet && f.cell ? (
                    <Link as="button" onClick={() => void host.select(f.sheet!, f.cell!).catch(onError)} title={t.goToCell}>
                      {f.cell}
                    </Link>
                  ) : null}{' '}
                  {f.indicator ? `「${f.indicator}」 ` : ''}
                  {t.finding(f)}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/**
 * Check: what was read (every indicator, selecting its cells) and the findings by sheet. The
 * result lives in App (`result`, `onResult`), so it stays when the user switches views.
 */
export function CheckView({ host, t, result, onResult }: { host: WorkbookHost; t: Messages; result: CheckResult | null; onResult: (r: CheckResult) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const onError = (e: unknown) => setError(errorText(e));

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      onResult(await host.check({ onProgress: setProgress }));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <section aria-label={t.tabCheck} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Button appearance="primary" onClick={run} disabled={busy}>
        {busy ? t.checking : t.check}
      </Button>
      {busy && !progress && <Spinner size="tiny" />}
      <ProgressLine progress={progress} t={t} />
      <ErrorBar error={error} />
      {result && (
        <>
          <Counts report={result.report} t={t} />
          <IndicatorList report={result.report} host={host} t={t} onError={onError} />
          <FindingList findings={result.report.findings} host={host} t={t} onError={onError} />
        </>
      )}
    </section>
  );
}
