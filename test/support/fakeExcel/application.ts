/** `Excel.Application`: suspending calculation and screen updating until the next sync (the latter needs ExcelApi 1.9). */
import { ClientObject } from './clientObject';
import { FakeExcelError } from './errors';

export class Application extends ClientObject {
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.queue({ suspendCalc: true }, () => {});
  }
  suspendScreenUpdatingUntilNextSync(): void {
    if (!this.ctx.data.isSetSupported('ExcelApi', '1.9')) throw new FakeExcelError('ApiNotFound', 'suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9');
    this.ctx.queue({ suspendScreen: true }, () => {});
  }
  protected readProp(): unknown {
    return null;
  }
}
