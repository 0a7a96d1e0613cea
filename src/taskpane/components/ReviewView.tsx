/**
 * 提出ブック一括チェック: the evaluation office chooses (or drops) the submitted workbooks; each is
 * read and checked in a web worker, one at a time, with its own progress; the result goes into
 * this workbook as the review's four sheets. The submitted files are only read.
 */
import { useRef, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import type { Progress, WorkbookHost } from '../../adapters/officejs/host';
import * as app from '../../app';
import {
  decodeText,
  fileStatuses,
  parseCsv,
  parseExpectedList,
  REVIEW_SHEETS,
  STATUS_ORDER,
  type ExpectedSubmission,
  type Review,
  type SubmissionStatus,
} from '../../engine';
import type { Messages } from '../i18n';
import { ReadCancelled, type SubmissionReader } from '../submissionReader';
import { ErrorBar, errorText, fileBytes, ProgressLine } from './shared';
import { FileChooser } from './FileChooser';
import { ReturnsDownload } from './ReturnsDownload';
import { useAnnounce } from './LiveRegion';

/** `provisional`: the status before the comparison with the other files, which can still change it (shown 暫定). */
type FileState = { state: 'waiting' | 'reading' | 'skipped' } | { state: 'done'; status: SubmissionStatus; provisional: boolean; detail: string };

const STATUS_COLOUR: Record<SubmissionStatus, 'danger' | 'warning' | 'success' | 'informative'> = {
  'send-back': 'danger',
  unreadable: 'danger',
  missing: 'danger',
  'to-check': 'warning',
  checked: 'success',
};

const isWorkbook = (f: File) => /\.(xlsx|xlsm|xls)$/i.test(f.name) && !f.name.startsWith('~$');
const displayOf = (f: File) => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;

/** A file's state shown from the review's event for it. */
function stateOf(e: app.FileEvent, t: Messages): FileState {
  if (e.kind === 'report') return { state: 'done', status: e.status, provisional: e.provisional, detail: `${t.indicators} ${e.report.indicators.length}` };
  if (e.kind === 'unreadable') return { state: 'done', status: 'unreadable', provisional: false, detail: e.message };
  return { state: e.kind === 'reading' ? 'reading' : 'skipped' };
}

/** The chosen files and the run over them: each read by the reader (a web worker), collected by the review use case, written into this workbook. */
function useReview(host: WorkbookHost, reader: SubmissionReader, t: Messages) {
  const announce = useAnnounce();
  const [files, setFiles] = useState<File[]>([]);
  const [states, setStates] = useState<FileState[]>([]);
  const [expected, setExpected] = useState<ExpectedSubmission[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<Review | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const setState = (i: number, s: FileState) => setStates((prev) => prev.map((x, k) => (k === i ? s : x)));

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
    if (problems.length) setError(`${t.expectProblems}${problems.map(t.expectProblem).join(' ')}`);
    setExpected(e);
  };

  const review = async (signal: AbortSignal) => {
    const names = files.map(displayOf);
    const source = app.oneAtATime(files, (f, i) => reader.read(f, { display: names[i], period: null }), signal);
    const done = await app.reviewSubmissions(names, source, {
      expected,
      signal,
      onFile: (i, e, _done, total) => {
        if (e.kind === 'reading') setProgress({ stage: 'read', fraction: i / total });
        setState(i, stateOf(e, t));
      },
    });
    // Each file's final status, as in the written 提出状況一覧 (the cross-file findings included).
    const final = fileStatuses(done);
    setStates((prev) => prev.map((s, k) => (s.state === 'done' ? { ...s, status: final.get(names[k]) ?? s.status, provisional: false } : s)));
    await host.writeReview(done, { onProgress: setProgress });
    setResult(done);
    announce(t.reviewDone(done.files.read, done.files.unreadable, done.files.missing));
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    setNotice(null);
    const ac = (abort.current = new AbortController());
    setStates(files.map(() => ({ state: 'waiting' })));
    try {
      await review(ac.signal);
    } catch (e) {
      if (e instanceof ReadCancelled || e instanceof app.Stopped || ac.signal.aborted) setNotice(t.reviewCancelled);
      else setError(errorText(e, t));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const cancel = () => {
    abort.current?.abort();
    reader.cancel();
  };

  return { files, states, busy, progress, result, notice, error, setError, choose, chooseExpected, run, cancel };
}

type ReviewState = ReturnType<typeof useReview>;

function Choosers({ r, t }: { r: ReviewState; t: Messages }) {
  return (
    <>
      <FileChooser
        label={t.chooseFiles}
        accept=".xlsx,.xlsm"
        multiple
        disabled={r.busy}
        testId="review-files"
        dropHint={t.dropHere}
        onFiles={r.choose}
        showChosen={false}
        t={t}
      />
      <FileChooser label={t.expectList} accept=".csv,.txt" disabled={r.busy} testId="review-expect" onFiles={(f) => void r.chooseExpected(f)} t={t} />
    </>
  );
}

function ReviewDone({ host, result, files, onError, t }: { host: WorkbookHost; result: Review; files: File[]; onError: (e: string) => void; t: Messages }) {
  return (
    <>
      <MessageBar intent="success">
        <MessageBarBody data-testid="review-done">{t.reviewDone(result.files.read, result.files.unreadable, result.files.missing)}</MessageBarBody>
      </MessageBar>
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        {STATUS_ORDER.map((s) => (
          <Badge key={s} appearance="tint" color={STATUS_COLOUR[s]} data-status={s}>
            {t.status(s)} {result.totals.byStatus[s]}
          </Badge>
        ))}
      </div>
      <Button onClick={() => host.select(REVIEW_SHEETS.status, 'A1').catch((e) => onError(errorText(e, t)))}>{t.showStatus}</Button>
      <ReturnsDownload review={result} files={files} display={displayOf} t={t} />
    </>
  );
}

function FileRow({ name, s, t }: { name: string; s: FileState; t: Messages }) {
  return (
    <li style={{ padding: '2px 0' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 6 }}>
        <Text size={200} truncate wrap={false} title={name}>
          {name}
        </Text>
        {s.state === 'done' ? (
          <Badge appearance="tint" color={STATUS_COLOUR[s.status]} title={s.provisional ? t.provisionalTitle(s.detail) : s.detail} data-status={s.status}>
            {s.provisional ? t.provisional(t.status(s.status)) : t.status(s.status)}
          </Badge>
        ) : (
          <Text size={200}>{s.state === 'reading' ? t.fileReading : s.state === 'skipped' ? t.fileSkipped : t.fileWaiting}</Text>
        )}
      </div>
      <ProgressBar thickness="medium" value={s.state === 'reading' ? undefined : s.state === 'waiting' ? 0 : 1} aria-label={name} />
    </li>
  );
}

export function ReviewView({ host, reader, t }: { host: WorkbookHost; reader: SubmissionReader; t: Messages }) {
  const r = useReview(host, reader, t);
  return (
    <section aria-label={t.tabReview} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.reviewIntro}</Text>
      <Choosers r={r} t={t} />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <Button appearance="primary" onClick={r.run} disabled={r.busy || r.files.length === 0}>
          {r.busy ? t.reviewing : t.reviewStart}
        </Button>
        {r.busy && <Button onClick={r.cancel}>{t.cancel}</Button>}
        <Text>{t.filesChosen(r.files.length)}</Text>
      </div>
      <ProgressLine progress={r.progress} t={t} />
      <ErrorBar error={r.error} />
      {r.notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{r.notice}</MessageBarBody>
        </MessageBar>
      )}
      {r.result && <ReviewDone host={host} result={r.result} files={r.files} onError={r.setError} t={t} />}
      {r.files.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none', maxHeight: 320, overflowY: 'auto' }} data-testid="review-file-list">
          {r.files.map((f, i) => (
            <FileRow key={`${displayOf(f)}-${i}`} name={displayOf(f)} s={r.states[i] ?? { state: 'waiting' }} t={t} />
          ))}
        </ul>
      )}
    </section>
  );
}
