/**
 * The task pane. Host operations arrive as one prop (`host`); no component touches Excel.
 */
import { useState } from 'react';
import { FluentProvider, Tab, TabList, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import type { CheckResult } from '../../engine/actions/check';
import { messages, type Locale } from '../i18n';
import { CheckView } from './CheckView';
import { GradeView } from './GradeView';
import { SettingsView } from './SettingsView';
import { UndoView } from './UndoView';
import { UpdateView } from './UpdateView';
import { ReviewView } from './ReviewView';
import { TeachView } from './TeachView';
import { teachTexts } from './teachTexts';
import type { SubmissionReader } from '../submissionReader';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '12px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export type View = 'check' | 'grade' | 'undo' | 'settings' | 'review' | 'update' | 'teach';

export interface AppProps {
  host: WorkbookHost;
  /** Reads submitted files for 一括チェック (a web worker in the pane). */
  reader: SubmissionReader;
  locale: Locale;
  dark: boolean;
}

export function App({ host, reader, locale, dark }: AppProps) {
  const t = messages(locale);
  const [view, setView] = useState<View>('check');
  // Check's result outlives its view: switching tabs and back shows it again.
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={locale === 'en' ? 'en' : 'ja'}>
      <main className={styles.root}>
        <Text as="h1" weight="semibold" size={500}>
          {t.title}
        </Text>
        <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label={t.title} style={{ flexWrap: 'wrap' }}>
          <Tab value="check">{t.tabCheck}</Tab>
          <Tab value="grade">{t.tabGrade}</Tab>
          <Tab value="undo">{t.tabUndo}</Tab>
          <Tab value="settings">{t.tabSettings}</Tab>
          <Tab value="review">{t.tabReview}</Tab>
          <Tab value="update">{t.tabUpdate}</Tab>
          <Tab value="teach">{teachTexts(locale).tab}</Tab>
        </TabList>
        {view === 'check' && <CheckView host={host} t={t} result={checked} onResult={setChecked} />}
        {view === 'grade' && <GradeView host={host} t={t} />}
        {view === 'undo' && <UndoView host={host} t={t} />}
        {view === 'settings' && <SettingsView host={host} t={t} locale={locale} />}
        {view === 'review' && <ReviewView host={host} reader={reader} t={t} />}
        {view === 'update' && <UpdateView host={host} t={t} />}
        {view === 'teach' && <TeachView host={host} locale={locale} />}
      </main>
    </FluentProvider>
  );
}
