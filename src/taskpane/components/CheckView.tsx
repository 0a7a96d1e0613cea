import { useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { WorkbookHost, Progress } from '../../adapters/officejs/host';
import type { CheckResult } from '../../engine/actions/check';
import type { Report } from '../../engine/model/report';
import type { Messages } from '../i18n';
import { Counts, ErrorBar, errorText, ProgressLine } from './shared';
import { IndicatorList, type GradeFilter } from './IndicatorList';
import { FindingList, type SeverityFilter } from './FindingList';
import { useAnnounce } from './LiveRegion';

/** What Check shows, kept in App so that it stays when the clerk switches views: the result, whether the workbook changed since, the two filters. */
export interface CheckState {
  result: CheckResult | null;
  stale: boolean;
  grade: GradeFilter;
  severity: SeverityFilter;
}

export const NO_CHECK: CheckState = { result: null, stale: false, grade: 'all', severity: 'all' };

/** The words a screen reader hears once Check is done (the same counts are on screen). */
export function checkedAnnouncement(report: Report, t: Messages): string {
  const n = (s: string) => report.findings.filter((f) => f.severity === s).length;
  return t.clerk.announceChecked(report.indicators.length, n('error'), n('warning'), n('info'));
}

/**
 * Check: what was read (every indicator, selecting its cells) and the findings by sheet. The
 * state lives in App (`state`, `onState`); a change to the workbook after the check marks it out of
 * date (`state.stale`, set by App from the change events; `changeCount` tells a change during the run).
 */
export function CheckView({
  host,
  t,
  state,
  onState,
  changeCount = () => 0,
}: {
  host: WorkbookHost;
  t: Messages;
  state: CheckState;
  onState: (update: (s: CheckState) => CheckState) => void;
  changeCount?: () => number;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const announce = useAnnounce();
  const onError = (e: unknown) => setError(errorText(e, t));
  const result = state.result;

  const run = async () => {
    setBusy(true);
    setError(null);
    const before = changeCount();
    try {
      const r = await host.check({ onProgress: setProgress });
      onState((s) => ({ ...s, result: r, stale: changeCount() !== before }));
      announce(checkedAnnouncement(r.report, t));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <section aria-label={t.tabCheck} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} aria-busy={busy}>
      <Button appearance="primary" onClick={run} disabled={busy}>
        {busy ? t.checking : t.check}
      </Button>
      {busy && !progress && <Spinner size="tiny" />}
      <ProgressLine progress={progress} t={t} />
      <ErrorBar error={error} />
      {result && state.stale && !busy && (
        <MessageBar intent="warning" data-testid="check-stale" layout="multiline">
          <MessageBarBody>{t.clerk.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={run}>
              {t.clerk.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {result && (
        <div data-testid="check-result" data-stale={state.stale} style={{ display: 'flex', flexDirection: 'column', gap: 8, opacity: state.stale ? 0.7 : 1 }}>
          <Counts report={result.report} t={t} />
          <IndicatorList
            report={result.report}
            filter={state.grade}
            onFilter={(grade) => onState((s) => ({ ...s, grade }))}
            host={host}
            t={t}
            onError={onError}
          />
          <FindingList
            findings={result.report.findings}
            filter={state.severity}
            onFilter={(severity) => onState((s) => ({ ...s, severity }))}
            host={host}
            t={t}
            onError={onError}
          />
        </div>
      )}
    </section>
  );
}
