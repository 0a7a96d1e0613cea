import { useState } from 'react';
import { Tab, TabList } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import type { Messages } from '../i18n';
import { ImportView } from './ImportView';
import { RollView } from './RollView';
import { TemplateView } from './TemplateView';

type Part = 'roll' | 'import' | 'template';

/** 年次・月次: the cycle's updates — next period's workbook, a month's actuals, a new template. */
export function UpdateView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const [part, setPart] = useState<Part>('roll');
  return (
    <>
      <TabList size="small" selectedValue={part} onTabSelect={(_, d) => setPart(d.value as Part)} aria-label={t.tabUpdate}>
        <Tab value="roll">{t.tabRoll}</Tab>
        <Tab value="import">{t.tabImport}</Tab>
        <Tab value="template">{t.tabTemplate}</Tab>
      </TabList>
      {part === 'roll' && <RollView host={host} t={t} />}
      {part === 'import' && <ImportView host={host} t={t} />}
      {part === 'template' && <TemplateView host={host} t={t} />}
    </>
  );
}
