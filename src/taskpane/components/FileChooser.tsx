/**
 * A file chooser in Fluent's style instead of the browser's own "Choose Files / No file chosen":
 * a button that opens the (hidden) file input, the chosen files' names beside it, and optionally a
 * drop zone around both. The input keeps its test id, so tests can still give it files.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, DocumentRegular } from '@fluentui/react-icons';
import type { Messages } from '../i18n';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    padding: '10px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `1px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  plain: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', alignItems: 'center', gap: '8px', minWidth: 0 },
  chosen: { minWidth: 0, color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold },
});

export interface FileChooserProps {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  testId: string;
  /** Shown under the button in a drop zone (absent: no drop zone). */
  dropHint?: string;
  onFiles: (files: FileList | null) => void;
  /** Show the chosen files' names beside the button (off where the view lists them itself). */
  showChosen?: boolean;
  t: Messages;
}

export function FileChooser({ label, accept, multiple = false, disabled = false, testId, dropHint, onFiles, showChosen = true, t }: FileChooserProps) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [names, setNames] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const styles = useStyles();
  const take = (files: FileList | null) => {
    setNames(Array.from(files ?? []).map((f) => f.name));
    onFiles(files);
  };
  const drop = dropHint
    ? {
        onDragOver: (e: DragEvent) => {
          e.preventDefault();
          if (!disabled) setOver(true);
        },
        onDragLeave: () => setOver(false),
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          setOver(false);
          if (!disabled) take(e.dataTransfer.files);
        },
      }
    : {};
  return (
    <div className={dropHint ? mergeClasses(styles.zone, over && styles.over) : styles.plain} data-testid={dropHint ? 'drop-zone' : undefined} {...drop}>
      <Text id={id} size={300} className={styles.label}>
        {label}
      </Text>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        hidden
        data-testid={testId}
        aria-labelledby={id}
        onChange={(e) => take(e.target.files)}
      />
      <div className={styles.row}>
        <Button icon={<ArrowUploadRegular />} disabled={disabled} onClick={() => input.current?.click()} aria-describedby={id} style={{ flexShrink: 0 }}>
          {multiple ? t.clerk.chooseFiles : t.clerk.chooseFile}
        </Button>
        {showChosen && (
          <Text size={200} truncate wrap={false} className={styles.chosen} title={names.join('\n')} data-testid={`${testId}-chosen`}>
            {names.length ? (
              <>
                <DocumentRegular style={{ verticalAlign: 'middle', marginRight: 2 }} />
                {t.clerk.filesChosen(names)}
              </>
            ) : (
              t.clerk.noFileChosen
            )}
          </Text>
        )}
      </div>
      {dropHint && <Text size={200}>{dropHint}</Text>}
    </div>
  );
}
