/**
 * Asks before the pane changes the workbook: what will change, with counts, and the ways to go on
 * (or cancel, which changes nothing). A Fluent UI alert dialog: it closes only by a choice.
 */
import type { ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';

export interface Choice<K extends string> {
  key: K;
  label: string;
  primary?: boolean;
}

export function ConfirmDialog<K extends string>({
  open,
  title,
  lines,
  choices,
  cancelLabel,
  onChoose,
  onCancel,
  testId,
  children,
}: {
  open: boolean;
  title: string;
  lines: string[];
  choices: Choice<K>[];
  cancelLabel: string;
  onChoose: (key: K) => void;
  onCancel: () => void;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface data-testid={testId} style={{ maxWidth: '92vw' }}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {lines.filter(Boolean).map((l, i) => (
              <Text key={i} block data-testid={testId ? `${testId}-line` : undefined}>
                {l}
              </Text>
            ))}
            {children}
          </DialogContent>
          <DialogActions style={{ flexWrap: 'wrap' }}>
            {choices.map((c) => (
              <Button key={c.key} appearance={c.primary ? 'primary' : 'secondary'} onClick={() => onChoose(c.key)}>
                {c.label}
              </Button>
            ))}
            <Button appearance="subtle" onClick={onCancel}>
              {cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
