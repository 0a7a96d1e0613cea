/** The pending result of `Range.getCellProperties` (ExcelApi 1.9): filled at sync. */
import { ClientObject, type Batch } from './clientObject';

/** The pending result of getCellProperties: filled at sync. */
export class CellPropertiesLoad extends ClientObject {
  constructor(
    ctx: Batch,
    private readonly read: () => unknown[][],
    private readonly result: { loaded: boolean; props: unknown[][] },
  ) {
    super(ctx);
  }
  protected readProp(): unknown {
    this.result.props = this.read();
    this.result.loaded = true;
    return this.result.props;
  }
}
