import { useState } from 'react';
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { RollOutcome, RollPreview, WorkbookHost } from '../../adapters/officejs/host';
import type { Messages } from '../i18n';
import { ConfirmDialog, type Choice } from './ConfirmDialog';
import { ActionControls, bothSteps, useHostAction } from './shared';

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

  const start = () => {
    setCancelled(false);
    action.reset();
    void planning.run((o) => host.previewRoll({ onProgress: o.onProgress }));
  };
  const choose = (target: Target) => {
    const p = preview!;
    planning.reset();
    void action.run((o) => host.roll({ target, expected: p.fingerprint, ...o }));
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
      {result && <RollResult result={result} t={t} />}
    </section>
  );
}

function RollConfirm({ preview, t, onChoose, onCancel }: { preview: RollPreview; t: Messages; onChoose: (target: Target) => void; onCancel: () => void }) {
  const byKind = new Map<string, number>();
  for (const c of preview.changes) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([k, n]) => `${t.rollKinds[k] ?? k} ${n}`).join('、');
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
      title={t.rollConfirmTitle(preview.from, preview.to)}
      lines={[
        t.rollConfirmLine(preview.changes.length, kinds),
        preview.sheets.length ? t.sheetsRemade(preview.sheets.join('」「')) : '',
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

function RollResult({ result, t }: { result: RollOutcome; t: Messages }) {
  const shown = (v: unknown) => (v === null || v === '' ? '（空欄）' : String(v).replace(/\n/g, ' ').slice(0, 30));
  const warn = result.findings.some((f) => f.severity !== 'info') || !result.keptEverything;
  return (
    <>
      <MessageBar intent={warn ? 'warning' : 'success'}>
        <MessageBarBody data-testid="roll-done" data-target={result.target}>
          {result.target === 'new' ? t.rollNewDone(result.from, result.to, result.changes.length) : t.rollDone(result.from, result.to, result.changes.length)}
          {!result.keptEverything && ` ${t.rollNotKept}`}
        </MessageBarBody>
      </MessageBar>
      {result.findings.map((f, i) => (
        <Text key={i} size={200} data-testid="roll-finding">
          {t.finding(f)}
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
  );
}
