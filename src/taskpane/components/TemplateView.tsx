import { useState } from 'react';
import { Checkbox, Field, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import type { TemplateOutcome, WorkbookHost } from '../../adapters/officejs/host';
import { fiscalYearLabel, lastClosedFiscalYear } from '../../engine';
import type { Messages } from '../i18n';
import { ActionControls, useHostAction } from './shared';

/** ひな形: the standard template's sheets added to this (new, blank) workbook. */
export function TemplateView({ host, t, today = new Date() }: { host: WorkbookHost; t: Messages; today?: Date }) {
  const closed = lastClosedFiscalYear(today);
  const [fiscalYear, setFiscalYear] = useState(closed);
  const [planStart, setPlanStart] = useState(closed - 2);
  const [planEnd, setPlanEnd] = useState(closed + 2);
  const [sample, setSample] = useState(false);
  const action = useHostAction<TemplateOutcome>(t);
  const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const yearSelect = (label: string, value: number, set: (v: number) => void, options: number[], testId: string) => (
    <Field label={label}>
      <Select value={String(value)} onChange={(_, d) => set(Number(d.value))} data-testid={testId}>
        {options.map((fy) => (
          <option key={fy} value={fy}>
            {fiscalYearLabel(fy)}
          </option>
        ))}
      </Select>
    </Field>
  );
  const chooseYear = (fy: number) => {
    setFiscalYear(fy);
    setPlanStart(fy - 2);
    setPlanEnd(fy + 2);
  };
  return (
    <section aria-label={t.tabTemplate} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.templateIntro}</Text>
      {yearSelect(t.templateYear, fiscalYear, chooseYear, years(closed - 5, closed + 2), 'template-year')}
      {yearSelect(t.templatePlanStart, planStart, setPlanStart, years(fiscalYear - 10, fiscalYear), 'template-plan-start')}
      {yearSelect(t.templatePlanEnd, planEnd, setPlanEnd, years(fiscalYear, fiscalYear + 10), 'template-plan-end')}
      <Checkbox checked={sample} onChange={(_, d) => setSample(!!d.checked)} label={t.templateSample} />
      <ActionControls
        action={action}
        onStart={() => action.run(() => host.createTemplate({ fiscalYear, planStart, planEnd, sample }))}
        label={t.templateStart}
        busyLabel={t.templateWorking}
        t={t}
        cancellable={false}
      />
      {action.result && (
        <MessageBar intent="success">
          <MessageBarBody data-testid="template-done">
            {t.templateDone(action.result.sheets.map((s) => `「${s}」`).join(''), action.result.period)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
