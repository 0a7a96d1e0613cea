/** `Excel.Runtime`: switching the workbook's events off and on. */
import { ClientObject } from './clientObject';

export class Runtime extends ClientObject {
  set enableEvents(v: boolean) {
    this.ctx.queue({ enableEvents: v }, () => {});
  }
  protected readProp(): unknown {
    return true;
  }
}
