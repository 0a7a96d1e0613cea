import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { RollOutcome, WorkbookHost } from '../../adapters/officejs/host';
import type { Messages } from '../i18n';
import { ActionControls, useHostAction } from './shared';

/** 次の期間へ: the open workbook turned into the next period's, every change listed. */
export function RollView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const action = useHostAction<RollOutcome>();
  const result = action.result;
  const run = () => action.run((o) => host.roll(o));

  const shown = (v: unknown) => (v === null || v === '' ? '（空欄）' : String(v).replace(/\n/g, ' ').slice(0, 30));
  return (
    <section aria-label={t.tabRoll} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.rollIntro}</Text>
      <ActionControls action={action} onStart={run} label={t.rollStart} busyLabel={t.rolling} t={t} />
      {result && (
        <>
          <MessageBar intent={result.findings.some((f) => f.severity !== 'info') ? 'warning' : 'success'}>
            <MessageBarBody data-testid="roll-done">{t.rollDone(result.from, result.to, result.changes.length)}</MessageBarBody>
          </MessageBar>
          {result.findings.map((f, i) => (
            <Text key={i} size={200} data-testid="roll-finding">
              {f.message}
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
      )}
    </section>
  );
}
