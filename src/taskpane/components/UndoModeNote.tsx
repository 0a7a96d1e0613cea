import { Text } from '@fluentui/react-components';
import type { UndoMode } from '../../adapters/officejs/excelUndo';
import type { Messages } from '../i18n';

/** Which undo takes EvalSheet's runs back in this Excel: Excel's own (Ctrl+Z, ExcelApi 1.20) or the pane's button. */
export function UndoModeNote({ mode, t }: { mode: UndoMode | undefined; t: Messages }) {
  if (!mode) return null;
  return (
    <Text size={200} data-testid="undo-mode">
      {mode === 'excel' ? t.undoModeExcel : t.undoModeRecord}
    </Text>
  );
}
