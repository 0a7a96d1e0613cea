import { useState } from 'react';
import { Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { GradePreview, GradeResult, WorkbookHost } from '../../adapters/officejs/host';
import type { Messages } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { ActionControls, bothSteps, Counts, useHostAction } from './shared';

/**
 * 評価を記入. With 置き換える the plan is worked out first and the clerk confirms its counts; only
 * then is anything written (with the plan confirmed: a workbook changed meanwhile is not written).
 */
export function GradeView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const [overwrite, setOverwrite] = useState(false);
  const planning = useHostAction<GradePreview>(t);
  const action = useHostAction<GradeResult>(t);
  const [cancelled, setCancelled] = useState(false);
  const result = action.result;
  const preview = planning.result;

  const write = (expected?: string) => action.run((o) => host.grade({ overwrite, expected, ...o }));
  const start = async () => {
    setCancelled(false);
    action.reset();
    if (!overwrite) return void write();
    const p = await planning.run((o) => host.previewGrade({ overwrite, onProgress: o.onProgress }));
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
            preview.sheets.length ? t.sheetsRemade(preview.sheets.join('」「')) : '',
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
      {result && <GradeOutcome result={result} t={t} />}
    </section>
  );
}

/** What was written, what was not and why: a warning whenever something the run should write was not. */
function GradeOutcome({ result, t }: { result: GradeResult; t: Messages }) {
  const warn = result.noIndicators || result.blocked.length > 0 || result.summaryProtected;
  const replaced = result.changes.filter((c) => c.previous !== null && c.previous !== '').length;
  const blocked = result.blocked.map((b) => `${b.sheet}!${b.cell}（${b.subject} → ${b.grade}）`).join('、');
  return (
    <>
      <MessageBar intent={warn ? 'warning' : 'success'} data-testid="grade-outcome" data-intent={warn ? 'warning' : 'success'}>
        <MessageBarBody>
          {result.noIndicators ? (
            t.gradeNoIndicators
          ) : (
            <>
              {t.gradeWritten(result.changes.length - replaced, replaced)}
              {result.sheets.length > 0 && ` ${t.gradeSheets(result.sheets.join('」「'))}`}
              {result.blocked.length > 0 && ` ${t.gradeBlocked(result.blocked.length, blocked)}`}
              {result.summaryProtected && ` ${t.gradeSummaryProtected}`}
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <Counts report={result.report} t={t} />
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
  );
}
