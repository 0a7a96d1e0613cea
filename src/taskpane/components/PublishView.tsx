import { useEffect, useState } from 'react';
import { Field, Input, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import { siteFiles } from '../../app/publish';
import type { Site, SiteHeadings } from '../../engine/publish';
import type { Locale, Messages } from '../i18n';
import { siteZip } from '../siteZip';
import { useAnnounce } from './LiveRegion';
import { publishTexts } from './publishTexts';
import { ActionControls, useHostAction } from './shared';

interface Made {
  site: Site;
  url: string;
  errors: number;
}

/**
 * 公開用ページを作成: the host reads the open workbook (what the site shows of it), the engine builds and renders the
 * site, which is offered as a ZIP to download. Nothing is written into the workbook.
 */
export function PublishView({ host, t, locale }: { host: Pick<WorkbookHost, 'readForSite'>; t: Messages; locale: Locale }) {
  const p = publishTexts(locale);
  const [headings, setHeadings] = useState<Partial<SiteHeadings>>({});
  const action = useHostAction<Made>(t);
  const announce = useAnnounce();
  const url = action.result?.url;
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  const start = () =>
    action.run(async ({ onProgress }) => {
      const workbook = await host.readForSite({ onProgress });
      const given = Object.fromEntries(Object.entries(headings).filter(([, v]) => v?.trim())) as Partial<SiteHeadings>;
      const { site, files } = siteFiles([workbook], [], given);
      const made = { site, url: URL.createObjectURL(await siteZip(files)), errors: workbook.errors };
      announce(
        site.pages.length
          ? p.done(
              site.pages.length,
              site.counts.reduce((n, c) => n + c.count, site.ungraded),
            )
          : p.none,
      );
      return made;
    });
  const field = (key: keyof SiteHeadings, label: string) => (
    <Field label={label}>
      <Input value={headings[key] ?? ''} onChange={(_, d) => setHeadings((h) => ({ ...h, [key]: d.value }))} />
    </Field>
  );
  const made = action.result;
  return (
    <section aria-label={p.tab} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{p.intro}</Text>
      {field('city', p.city)}
      {field('plan', p.plan)}
      {field('year', p.year)}
      <ActionControls action={action} onStart={() => void start()} label={p.start} busyLabel={p.working} t={t} cancellable={false} />
      {made && !made.site.pages.length && (
        <MessageBar intent="warning">
          <MessageBarBody>{p.none}</MessageBarBody>
        </MessageBar>
      )}
      {made && made.site.pages.length > 0 && (
        <MessageBar intent={made.errors ? 'warning' : 'success'}>
          <MessageBarBody data-testid="publish-done">
            <div>
              {p.done(
                made.site.pages.length,
                made.site.counts.reduce((n, c) => n + c.count, made.site.ungraded),
              )}
            </div>
            <div>{p.title(made.site.title)}</div>
            {made.errors > 0 && <div>{p.errors(made.errors)}</div>}
            {made.site.notes.map((n) => (
              <div key={n}>{n}</div>
            ))}
            <Link href={made.url} download="公開用サイト.zip">
              {p.download}
            </Link>
            <div>{p.unzip}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
