/** `Excel.Chart`: title, name, position and series (their names and chart types are recorded on the sheet). */
import { ClientObject, type Batch } from './clientObject';
import type { RangeTarget } from './rangeTarget';
import type { FakeSheetData } from './workbookData';

export class Chart extends ClientObject {
  private data: FakeSheetData['charts'][number] | null = null;
  readonly title = { set text(_: string) {} } as { text: string };
  readonly series: {
    add: (name: string) => { setValues: (r: RangeTarget) => void; setXAxisValues: (r: RangeTarget) => void; chartType: string };
    getItemAt: (i: number) => { chartType: string; name: string; setXAxisValues: (r: RangeTarget) => void };
  };
  constructor(ctx: Batch) {
    super(ctx);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the series objects below call back into this chart
    const self = this;
    const setSeries = (i: number, patch: { name?: string; chartType?: string }) => {
      if (!self.data) return;
      while (self.data.series.length <= i) self.data.series.push({ name: '', chartType: '' });
      Object.assign(self.data.series[i], patch);
    };
    Object.defineProperty(this.title, 'text', { set: (v: string) => ctx.queue({ chartTitle: v }, () => self.data && (self.data.title = v)) });
    this.series = {
      add: (name) => {
        const entry = { name, chartType: '' };
        ctx.queue({ addSeries: name }, () => self.data?.series.push(entry));
        return {
          setValues: (r: RangeTarget) => ctx.queue({ seriesValues: r.addressText }, () => {}),
          setXAxisValues: (r: RangeTarget) => ctx.queue({ seriesX: r.addressText }, () => {}),
          set chartType(v: string) {
            ctx.queue({ seriesType: v }, () => (entry.chartType = v));
          },
          get chartType() {
            return entry.chartType;
          },
        };
      },
      getItemAt: (i) => ({
        setXAxisValues: (r: RangeTarget) => ctx.queue({ seriesX: r.addressText }, () => {}),
        set name(v: string) {
          ctx.queue({ seriesName: v }, () => setSeries(i, { name: v }));
        },
        get name() {
          return self.data?.series[i]?.name ?? '';
        },
        set chartType(v: string) {
          ctx.queue({ seriesType: v }, () => setSeries(i, { chartType: v }));
        },
        get chartType() {
          return self.data?.series[i]?.chartType ?? '';
        },
      }),
    };
  }
  attach(c: FakeSheetData['charts'][number]): void {
    this.data = c;
  }
  setPosition(_start: string, _end?: string): void {
    this.ctx.queue({ chartPosition: _start }, () => {});
  }
  set name(_v: string) {
    this.ctx.queue({ chartName: _v }, () => {});
  }
  protected readProp(): unknown {
    return null;
  }
}
