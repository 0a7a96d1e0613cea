/**
 * 提出ブック一括チェック: the evaluation office chooses (or drops) the submitted workbooks; each is
 * read and checked in a web worker, one at a time, with its own progress; the result goes into
 * this workbook as the review's four sheets. The submitted files are only read.
 */
import { useRef, useState } from 'react';
import { Badge, Button, Field, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import type { Progress, WorkbookHost } from '../../adapters/officejs/host';
import {
  decodeText,
  fileStatuses,
  isProvisional,
  parseCsv,
  parseExpectedList,
  ReviewCollector,
  reviewPlan,
  REVIEW_SHEETS,
  type ExpectedSubmission,
  type Review,
  type SubmissionStatus,
} from '../../engine';
import type { Messages } from '../i18n';
import { ReadCancelled, type SubmissionReader } from '../submissionReader';
import { ErrorBar, errorText, fileBytes, ProgressLine } from './shared';

/** `provisional`: the status before the comparison with the other files, which can still change it (shown 暫定). */
type FileState = { state: 'waiting' | 'reading' | 'skipped' } | { state: 'done'; status: SubmissionStatus; provisional: boolean; detail: string };

const STATUS_COLOUR: Record<SubmissionStatus, 'danger' | 'warning' | 'success' | 'informative'> = {
  差戻し: 'danger',
  読込不可: 'danger',
  未提出: 'danger',
  要確認: 'warning',
  確認済: 'success',
};

const isWorkbook = (f: File) => /\.(xlsx|xlsm|xls)$/i.test(f.name) && !f.name.startsWith('~$');
const displayOf = (f: File) => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;

export function ReviewView({ host, reader, t }: { host: WorkbookHost; reader: SubmissionReader; t: Messages }) {
  const [files, setFiles] = useState<File[]>([]);
  const [states, setStates] = useState<FileState[]>([]);
  const [expected, setExpected] = useState<ExpectedSubmission[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<Review | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cancelled = useRef(false);

  const choose = (list: FileList | null) => {
    const chosen = Array.from(list ?? []).filter(isWorkbook);
    setFiles(chosen);
    setStates(chosen.map(() => ({ state: 'waiting' })));
    setResult(null);
    setNotice(null);
  };

  const chooseExpected = async (list: FileList | null) => {
    setError(null);
    const f = list?.[0];
    if (!f) return setExpected([]);
    const { expected: e, problems } = parseExpectedList(parseCsv(decodeText(await fileBytes(f)).text));
    if (problems.length) setError(`${t.expectProblems}${problems.join(' ')}`);
    setExpected(e);
  };

  const setState = (i: number, s: FileState) => setStates((prev) => prev.map((x, k) => (k === i ? s : x)));

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    setNotice(null);
    cancelled.current = false;
    setStates(files.map(() => ({ state: 'waiting' })));
    const collector = new ReviewCollector(expected);
    try {
      for (const [i, f] of files.entries()) {
        if (cancelled.current) throw new ReadCancelled();
        setState(i, { state: 'reading' });
        setProgress({ stage: 'read', fraction: i / files.length });
        const display = displayOf(f);
        const r = await reader.read(f, { display, period: null });
        if (r.kind === 'report') {
          const status = collector.addReport(display, r.report, r.contentHash ?? null);
          setState(i, { state: 'done', status, provisional: isProvisional(status), detail: `${t.indicators} ${r.report.indicators.length}` });
        } else if (r.kind === 'unreadable') {
          collector.addUnreadable(display, r.message);
          setState(i, { state: 'done', status: '読込不可', provisional: false, detail: r.message });
        } else if (r.kind === 'skipped') setState(i, { state: 'skipped' });
        else throw new Error(r.message);
      }
      if (cancelled.current) throw new ReadCancelled();
      const review = collector.finish();
      // Each file's final status, as in the written 提出状況一覧 (the cross-file findings included).
      const final = fileStatuses(review);
      setStates((prev) => prev.map((s, k) => (s.state === 'done' ? { ...s, status: final.get(displayOf(files[k])) ?? s.status, provisional: false } : s)));
      await host.writeReview(reviewPlan(review), { onProgress: setProgress });
      setResult(review);
    } catch (e) {
      if (e instanceof ReadCancelled || cancelled.current) setNotice(t.reviewCancelled);
      else setError(errorText(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const cancel = () => {
    cancelled.current = true;
    reader.cancel();
  };

  return (
    <section aria-label={t.tabReview} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.reviewIntro}</Text>
      <div
        data-testid="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          if (!busy) choose(e.dataTransfer.files);
        }}
        style={{ border: '1px dashed #8a8886', borderRadius: 4, padding: 8, display: 'flex', flexDirection: 'column', gap: 4 }}
      >
        <Field label={t.chooseFiles}>
          <input type="file" multiple accept=".xlsx,.xlsm" disabled={busy} data-testid="review-files" onChange={(e) => choose(e.target.files)} />
        </Field>
        <Text size={200}>{t.dropHere}</Text>
      </div>
      <Field label={t.expectList}>
        <input type="file" accept=".csv,.txt" disabled={busy} data-testid="review-expect" onChange={(e) => void chooseExpected(e.target.files)} />
      </Field>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <Button appearance="primary" onClick={run} disabled={busy || files.length === 0}>
          {busy ? t.reviewing : t.reviewStart}
        </Button>
        {busy && <Button onClick={cancel}>{t.cancel}</Button>}
        <Text>{t.filesChosen(files.length)}</Text>
      </div>
      <ProgressLine progress={progress} t={t} />
      <ErrorBar error={error} />
      {notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <MessageBar intent="success">
            <MessageBarBody data-testid="review-done">{t.reviewDone(result.files.read, result.files.unreadable, result.files.missing)}</MessageBarBody>
          </MessageBar>
          <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
            {Object.entries(result.totals.byStatus).map(([s, n]) => (
              <Badge key={s} appearance="tint" color={STATUS_COLOUR[s as SubmissionStatus]}>
                {s} {n}
              </Badge>
            ))}
          </div>
          <Button onClick={() => host.select(REVIEW_SHEETS.status, 'A1').catch((e) => setError(errorText(e)))}>{t.showStatus}</Button>
        </>
      )}
      {files.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none', maxHeight: 320, overflowY: 'auto' }} data-testid="review-file-list">
          {files.map((f, i) => {
            const s = states[i] ?? { state: 'waiting' };
            return (
              <li key={`${displayOf(f)}-${i}`} style={{ padding: '2px 0' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 6 }}>
                  <Text size={200} truncate wrap={false} title={displayOf(f)}>
                    {displayOf(f)}
                  </Text>
                  {s.state === 'done' ? (
                    <Badge appearance="tint" color={STATUS_COLOUR[s.status]} title={s.provisional ? `${s.detail}（暫定：ほかのブックとの照合前）` : s.detail}>
                      {s.provisional ? `${s.status}（暫定）` : s.status}
                    </Badge>
                  ) : (
                    <Text size={200}>{s.state === 'reading' ? t.fileReading : s.state === 'skipped' ? t.fileSkipped : t.fileWaiting}</Text>
                  )}
                </div>
                <ProgressBar thickness="medium" value={s.state === 'reading' ? undefined : s.state === 'waiting' ? 0 : 1} aria-label={displayOf(f)} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
