import { useState } from 'react';
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { RollOutcome, RollPreview, WorkbookHost } from '../../adapters/officejs/host';
import type { Messages } from '../i18n';
import { ConfirmDialog, type Choice } from './ConfirmDialog';
import { ActionControls, bothSteps, CellLink, errorText, useHostAction } from './shared';
import { useAnnounce } from './LiveRegion';

type Target = 'new' | 'open';

/**
 * 次の期間へ: the changes are worked out first and shown with their counts; the clerk then makes
 * the next period's workbook as a new workbook (where Excel can) or changes the open one, or cancels.
 */
export function RollView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const planning = useHostAction<RollPreview>(t);
  const action = useHostAction<RollOutcome>(t);
  const [cancelled, setCancelled] = useState(false);
  const preview = planning.result;
  const result = action.result;
  const announce = useAnnounce();

  const start = () => {
    setCancelled(false);
    action.reset();
    void planning.run((o) => host.previewRoll({ onProgress: o.onProgress }));
  };
  const choose = (target: Target) => {
    const p = preview!;
    planning.reset();
    void action.run((o) => host.roll({ target, expected: p.fingerprint, ...o })).then((r) => r && announce(rollDoneText(r, t)));
  };
  const cancel = () => {
    planning.reset();
    setCancelled(true);
  };

  return (
    <section aria-label={t.tabRoll} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.rollIntro}</Text>
      <ActionControls action={bothSteps(planning, action)} onStart={start} label={t.rollStart} busyLabel={planning.busy ? t.planning : t.rolling} t={t} />
      {preview && <RollConfirm preview={preview} t={t} onChoose={choose} onCancel={cancel} />}
      {cancelled && <Text data-testid="roll-cancelled">{t.confirmCancelled}</Text>}
      {result && <RollResult result={result} host={host} t={t} />}
    </section>
  );
}

function RollConfirm({ preview, t, onChoose, onCancel }: { preview: RollPreview; t: Messages; onChoose: (target: Target) => void; onCancel: () => void }) {
  const byKind = new Map<string, number>();
  for (const c of preview.changes) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([k, n]) => `${t.rollKinds[k] ?? k} ${n}`).join(t.clerk.listJoin);
  const warnings = preview.findings.filter((f) => f.severity !== 'info').length;
  const canNew = preview.newWorkbook.available;
  const choices: Choice<Target>[] = canNew
    ? [
        { key: 'new', label: t.rollToNew, primary: true },
        { key: 'open', label: t.rollToOpen },
      ]
    : [{ key: 'open', label: t.rollToOpen, primary: true }];
  return (
    <ConfirmDialog
      open
      testId="roll-confirm"
      title={t.rollConfirmTitle(t.clerk.period(preview.from), t.clerk.period(preview.to))}
      lines={[
        t.rollConfirmLine(preview.changes.length, kinds),
        preview.sheets.length ? t.sheetsRemade(preview.sheets.join(t.clerk.sheetJoin)) : '',
        warnings ? t.rollConfirmWarnings(warnings) : '',
        canNew ? t.rollNewChoice : t.rollNewUnavailable(preview.newWorkbook.reason ?? ''),
        t.rollOpenChoice,
      ]}
      choices={choices}
      cancelLabel={t.confirmCancel}
      onChoose={onChoose}
      onCancel={onCancel}
    />
  );
}

/** What 次の期間へ did, in words (shown, and announced to screen readers). */
export function rollDoneText(result: RollOutcome, t: Messages): string {
  const [from, to] = [t.clerk.period(result.from), t.clerk.period(result.to)];
  const done = result.target === 'new' ? t.rollNewDone(from, to, result.changes.length) : t.rollDone(from, to, result.changes.length);
  return result.keptEverything ? done : `${done} ${t.rollNotKept}`;
}

/** The changed cells: each selects its cell when this workbook was changed (a new workbook's cells are not in this one). */
function RollResult({ result, host, t }: { result: RollOutcome; host: WorkbookHost; t: Messages }) {
  const [error, setError] = useState<string | null>(null);
  const shown = (v: unknown) => (v === null || v === '' ? t.clerk.blank : String(v).replace(/\n/g, ' ').slice(0, 30));
  const warn = result.findings.some((f) => f.severity !== 'info') || !result.keptEverything;
  const onError = (e: unknown) => setError(errorText(e, t));
  return (
    <>
      <MessageBar intent={warn ? 'warning' : 'success'}>
        <MessageBarBody data-testid="roll-done" data-target={result.target}>
          {rollDoneText(result, t)}
        </MessageBarBody>
      </MessageBar>
      {result.findings.map((f, i) => (
        <Text key={i} size={200} data-testid="roll-finding">
          {t.finding(f)}
        </Text>
      ))}
      {error && <Text role="alert">{error}</Text>}
      <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="roll-changes">
        {result.changes.map((c) => (
          <li key={`${c.sheet}!${c.cell}`} data-kind={c.kind}>
            <Text size={200}>
              {result.target === 'open' ? <CellLink host={host} sheet={c.sheet} cell={c.cell} t={t} onError={onError} /> : `${c.sheet}!${c.cell}`}
              {t.clerk.colon}
              {shown(c.before)} → {shown(c.after)}
              {c.subject ? t.clerk.aside(c.subject) : ''}
            </Text>
          </li>
        ))}
      </ul>
    </>
  );
}
