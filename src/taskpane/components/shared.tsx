import { useRef, useState } from 'react';
import { Badge, Button, Link, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { HostUsageError, type Progress, type WorkbookHost } from '../../adapters/officejs/host';
import type { Report } from '../../engine/model/report';
import type { Messages } from '../i18n';

/**
 * One host action that writes (Grade, 次の期間へ): busy while it runs, its progress, its result or
 * the error in words (in the pane's language when `t` is given), and a cancel that aborts it.
 */
export function useHostAction<T>(t?: Messages) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const run = async (action: (o: { signal: AbortSignal; onProgress: (p: Progress) => void }) => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setResult(null);
    abort.current = new AbortController();
    try {
      const value = await action({ signal: abort.current.signal, onProgress: setProgress });
      setResult(value);
      return value;
    } catch (e) {
      setError(errorText(e, t));
      return null;
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const reset = () => {
    setResult(null);
    setError(null);
  };
  return { busy, progress, result, error, run, reset, cancel: () => abort.current?.abort() };
}

type ActionState = ReturnType<typeof useHostAction<unknown>>;

/** Two steps shown as one in ActionControls: working out a plan, then writing it. */
export function bothSteps(
  plan: Pick<ActionState, 'busy' | 'progress' | 'error' | 'cancel'>,
  write: Pick<ActionState, 'busy' | 'progress' | 'error' | 'cancel'>,
) {
  return {
    busy: plan.busy || write.busy,
    progress: write.progress ?? plan.progress,
    error: write.error ?? plan.error,
    cancel: write.busy ? write.cancel : plan.cancel,
  };
}

/** The start button, a cancel while it runs, its progress and its error. */
export function ActionControls({
  action,
  onStart,
  label,
  busyLabel,
  t,
  cancellable = true,
  disabled = false,
}: {
  action: { busy: boolean; progress: Progress | null; error: string | null; cancel: () => void };
  onStart: () => void;
  label: string;
  busyLabel: string;
  t: Messages;
  cancellable?: boolean;
  disabled?: boolean;
}) {
  return (
    <>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" onClick={onStart} disabled={action.busy || disabled}>
          {action.busy ? busyLabel : label}
        </Button>
        {action.busy && cancellable && <Button onClick={action.cancel}>{t.cancel}</Button>}
      </div>
      <ProgressLine progress={action.progress} t={t} />
      <ErrorBar error={action.error} />
    </>
  );
}

export function ErrorBar({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{error}</MessageBarBody>
    </MessageBar>
  );
}

/** An error in words: a usage error (the period, the rules, the table to import) in the pane's language when `t` is given; any other as its message. */
export function errorText(e: unknown, t?: Messages): string {
  if (t && e instanceof HostUsageError) return `${e.subject ? `${e.subject}: ` : ''}${t.usage(e.usage)}`;
  return (e as Error)?.message ?? String(e);
}

export function ProgressLine({ progress, t }: { progress: Progress | null; t: Messages }) {
  if (!progress) return null;
  const label = progress.stage === 'read' ? t.stageRead : progress.stage === 'evaluate' ? t.stageEvaluate : t.stageWrite;
  const base = progress.stage === 'read' ? 0 : progress.stage === 'evaluate' ? 0.6 : 0.8;
  const span = progress.stage === 'read' ? 0.6 : 0.2;
  return (
    <div>
      <Text size={200}>{label}</Text>
      <ProgressBar value={Math.min(1, base + span * progress.fraction)} aria-label={label} />
    </div>
  );
}

export function Counts({ report, t }: { report: Report; t: Messages }) {
  const grades = report.rules.scale.map((b) => b.grade);
  return (
    <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }} data-testid="counts">
      <Text>
        {t.period}
        {t.clerk.colon}
        <strong data-testid="period" title={report.period?.label}>
          {report.period ? t.clerk.period(report.period.label) : t.unknown}
        </strong>
      </Text>
      <Text>
        {t.indicators} {report.indicators.length}
      </Text>
      {grades.map((g) => (
        <Badge key={g} appearance="tint" color={g === 'A' ? 'success' : g === 'B' ? 'brand' : g === 'C' ? 'warning' : 'danger'}>
          {g} {(report.counts as Record<string, number>)[g] ?? 0}
        </Badge>
      ))}
      <Badge appearance="tint" color="informative">
        {t.none} {report.counts.none}
      </Badge>
    </div>
  );
}

/** A chosen file's bytes (FileReader where Blob.arrayBuffer is missing). */
export async function fileBytes(f: Blob): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === 'function') return new Uint8Array(await f.arrayBuffer());
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(f);
  });
}

/** A cell's address that selects it in Excel when clicked (a changed cell in Grade's or 次の期間へ's list). */
export function CellLink({ host, sheet, cell, t, onError }: { host: WorkbookHost; sheet: string; cell: string; t: Messages; onError: (e: unknown) => void }) {
  const ref = `${sheet}!${cell}`;
  return (
    <Link as="button" onClick={() => void host.select(sheet, cell).catch(onError)} title={t.clerk.selectCell(ref)} data-testid="cell-link">
      {ref}
    </Link>
  );
}
