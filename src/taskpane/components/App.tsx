/**
 * The task pane. Host operations arrive as one prop (`host`); no component touches Excel.
 */
import { useEffect, useRef, useState } from 'react';
import { FluentProvider, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import { messages, type Locale } from '../i18n';
import type { WorkbookChanges } from '../workbookChanges';
import { CheckView, NO_CHECK, type CheckState } from './CheckView';
import { GradeView } from './GradeView';
import { SettingsView } from './SettingsView';
import { UndoView } from './UndoView';
import { UpdateView } from './UpdateView';
import { ReviewView } from './ReviewView';
import { TeachView } from './TeachView';
import { PublishView } from './PublishView';
import { publishTexts } from './publishTexts';
import { teachTexts } from './teachTexts';
import { AnnounceProvider, LiveRegion, useAnnouncer } from './LiveRegion';
import { ViewNav, type NavItem } from './ViewNav';
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
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
    overflowX: 'hidden',
  },
});

export type View = 'check' | 'grade' | 'undo' | 'settings' | 'review' | 'update' | 'teach' | 'publish';

export interface AppProps {
  host: WorkbookHost;
  /** Reads submitted files for 一括チェック (a web worker in the pane). */
  reader: SubmissionReader;
  locale: Locale;
  dark: boolean;
  /** The workbook's change events (absent where they cannot be registered: then nothing is marked out of date). */
  changes?: WorkbookChanges;
}

/**
 * Check's state outlives its view (switching views and back shows the result and its filters
 * again); a change to the workbook marks the result out of date and says so to screen readers.
 */
function useCheckState(changes: WorkbookChanges | undefined, announce: (s: string) => void, staleText: string) {
  const [check, setCheck] = useState<CheckState>(NO_CHECK);
  const current = useRef(check);
  current.current = check;
  const changeCount = useRef(0);
  useEffect(
    () =>
      changes?.subscribe(() => {
        changeCount.current++;
        if (!current.current.result || current.current.stale) return;
        announce(staleText);
        setCheck((s) => (s.result ? { ...s, stale: true } : s));
      }),
    [changes, announce, staleText],
  );
  return { check, setCheck, changeCount: () => changeCount.current };
}

export function App({ host, reader, locale, dark, changes }: AppProps) {
  const t = messages(locale);
  const [view, setView] = useState<View>('check');
  const { said, announce } = useAnnouncer();
  const { check, setCheck, changeCount } = useCheckState(changes, announce, t.clerk.announceStale);
  const styles = useStyles();
  const nav: NavItem<View>[] = [
    { value: 'check', label: t.tabCheck },
    { value: 'grade', label: t.tabGrade },
    { value: 'undo', label: t.tabUndo },
    { value: 'settings', label: t.tabSettings },
    { value: 'review', label: t.tabReview },
    { value: 'update', label: t.tabUpdate },
    { value: 'teach', label: teachTexts(locale).tab },
    { value: 'publish', label: publishTexts(locale).tab },
  ];
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={locale === 'en' ? 'en' : 'ja'}>
      <AnnounceProvider value={announce}>
        <main className={styles.root}>
          <Text as="h1" weight="semibold" size={500}>
            {t.title}
          </Text>
          <ViewNav items={nav} selected={view} onSelect={setView} label={t.title} moreLabel={t.clerk.moreViews} />
          {view === 'check' && <CheckView host={host} t={t} state={check} onState={setCheck} changeCount={changeCount} />}
          {view === 'grade' && <GradeView host={host} t={t} />}
          {view === 'undo' && <UndoView host={host} t={t} />}
          {view === 'settings' && <SettingsView host={host} t={t} locale={locale} />}
          {view === 'review' && <ReviewView host={host} reader={reader} t={t} />}
          {view === 'update' && <UpdateView host={host} t={t} />}
          {view === 'teach' && <TeachView host={host} locale={locale} />}
          {view === 'publish' && <PublishView host={host} t={t} locale={locale} />}
          <LiveRegion said={said} />
        </main>
      </AnnounceProvider>
    </FluentProvider>
  );
}
