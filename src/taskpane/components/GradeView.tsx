import { useState } from 'react';
import { Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { GradePreview, GradeResult, WorkbookHost } from '../../adapters/officejs/host';
import type { Messages } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { ActionControls, bothSteps, CellLink, Counts, errorText, useHostAction } from './shared';
import { useAnnounce } from './LiveRegion';

/**
 * 評価を記入. With 置き換える the plan is worked out first and the clerk confirms its counts; only
 * then is anything written (with the plan confirmed: a workbook changed meanwhile is not written).
 */
export function GradeView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const [overwrite, setOverwrite] = useState(false);
  const [notes, setNotes] = useState(false);
  const planning = useHostAction<GradePreview>(t);
  const action = useHostAction<GradeResult>(t);
  const [cancelled, setCancelled] = useState(false);
  const result = action.result;
  const preview = planning.result;

  const announce = useAnnounce();
  const write = async (expected?: string) => {
    const r = await action.run((o) => host.grade({ overwrite, notes, expected, ...o }));
    if (r) announce(gradeOutcomeText(r, t));
  };
  const start = async () => {
    setCancelled(false);
    action.reset();
    if (!overwrite) return void write();
    const p = await planning.run((o) => host.previewGrade({ overwrite, notes, onProgress: o.onProgress }));
    // Nothing to write: no question to ask; the run says why.
    if (p && !p.fill && !p.replace && !p.sheets.length) {
      planning.reset();
      void write(p.fingerprint);
    }
  };
  const confirm = () => {
    const p = preview!;
    planning.reset();
    void write(p.fingerprint);
  };
  const cancel = () => {
    planning.reset();
    setCancelled(true);
  };

  return (
    <section aria-label={t.tabGrade} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Checkbox checked={overwrite} onChange={(_, d) => setOverwrite(!!d.checked)} label={t.overwrite} />
      <Checkbox checked={notes} onChange={(_, d) => setNotes(!!d.checked)} label={t.gradeNotes} title={t.gradeNotesHint} data-testid="grade-notes" />
      <ActionControls
        action={bothSteps(planning, action)}
        onStart={() => void start()}
        label={t.grade}
        busyLabel={planning.busy ? t.planning : t.grading}
        t={t}
      />
      {preview && (preview.fill > 0 || preview.replace > 0 || preview.sheets.length > 0) && (
        <ConfirmDialog
          open
          testId="grade-confirm"
          title={t.gradeConfirmTitle}
          lines={[
            t.gradeConfirmLine(preview.fill, preview.replace),
            preview.sheets.length ? t.sheetsRemade(preview.sheets.join(t.clerk.sheetJoin)) : '',
            preview.blocked.length ? t.blockedAhead(preview.blocked.length) : '',
            t.undoable,
          ]}
          choices={[{ key: 'go', label: t.gradeConfirm, primary: true }]}
          cancelLabel={t.confirmCancel}
          onChoose={confirm}
          onCancel={cancel}
        />
      )}
      {cancelled && <Text data-testid="grade-cancelled">{t.confirmCancelled}</Text>}
      {result && <GradeOutcome result={result} host={host} t={t} />}
    </section>
  );
}

/** The outcome in words: what was written, what was not and why (shown, and announced to screen readers). */
export function gradeOutcomeText(result: GradeResult, t: Messages): string {
  if (result.noIndicators) return t.gradeNoIndicators;
  const replaced = result.changes.filter((c) => c.previous !== null && c.previous !== '').length;
  const blocked = result.blocked.map((b) => `${b.sheet}!${b.cell}${t.clerk.aside(`${b.subject} → ${b.grade}`)}`).join(t.clerk.listJoin);
  return [
    t.gradeWritten(result.changes.length - replaced, replaced),
    result.sheets.length > 0 ? t.gradeSheets(result.sheets.join(t.clerk.sheetJoin)) : '',
    result.blocked.length > 0 ? t.gradeBlocked(result.blocked.length, blocked) : '',
    result.summaryProtected ? t.gradeSummaryProtected : '',
    result.findings ? t.gradeFindings(result.findings) : '',
    result.notesProblem ? t.gradeNotesRefused : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** What was written, what was not and why: a warning whenever something the run should write was not; each changed cell selects it. */
function GradeOutcome({ result, host, t }: { result: GradeResult; host: WorkbookHost; t: Messages }) {
  const [error, setError] = useState<string | null>(null);
  const warn = result.noIndicators || result.blocked.length > 0 || result.summaryProtected || !!result.notesProblem;
  const onError = (e: unknown) => setError(errorText(e, t));
  return (
    <>
      <MessageBar intent={warn ? 'warning' : 'success'} data-testid="grade-outcome" data-intent={warn ? 'warning' : 'success'}>
        <MessageBarBody>{gradeOutcomeText(result, t)}</MessageBarBody>
      </MessageBar>
      <Counts report={result.report} t={t} />
      {error && <Text role="alert">{error}</Text>}
      <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="changes">
        {result.changes.map((c) => (
          <li key={`${c.sheet}!${c.cell}`}>
            <Text size={200}>
              <CellLink host={host} sheet={c.sheet} cell={c.cell} t={t} onError={onError} />
              {t.clerk.colon}
              {c.previous === null || c.previous === '' ? t.clerk.blank : String(c.previous)} → {c.value}
              {c.indicator ? t.clerk.aside(c.indicator) : null}
            </Text>
          </li>
        ))}
      </ul>
      {result.kept > 0 && <Text>{t.kept(result.kept)}</Text>}
    </>
  );
}
