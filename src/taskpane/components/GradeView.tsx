import { useState } from 'react';
import { Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { GradeResult, WorkbookHost } from '../../adapters/officejs/host';
import type { Messages } from '../i18n';
import { ActionControls, Counts, useHostAction } from './shared';

export function GradeView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const [overwrite, setOverwrite] = useState(false);
  const action = useHostAction<GradeResult>();
  const result = action.result;
  const run = () => action.run((o) => host.grade({ overwrite, ...o }));

  return (
    <section aria-label={t.tabGrade} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Checkbox checked={overwrite} onChange={(_, d) => setOverwrite(!!d.checked)} label={t.overwrite} />
      <ActionControls action={action} onStart={run} label={t.grade} busyLabel={t.grading} t={t} />
      {result && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              {t.changed}：{result.changes.length} / {t.sheetsWritten}：{result.sheets.join('、')}
            </MessageBarBody>
          </MessageBar>
          <Counts report={result.report} t={t} />
          {result.changes.length === 0 && <Text>{t.noChange}</Text>}
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
      )}
    </section>
  );
}
