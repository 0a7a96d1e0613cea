/**
 * Issue 17, item 6: deployment on a closed network. A deployment build refuses a missing or
 * localhost ADDIN_BASE_URL unless development is asked for; dist/manifest.xml takes its version
 * from package.json; npm run package zips dist/, manifest.xml, the unified manifest and the
 * Japanese guide. The archive is made here from a small dist/ written as the build writes its
 * manifest (a full webpack build takes a minute and a half; the e2e tests build the real pane).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

const ROOT = path.resolve(__dirname, '..');
const { addinBaseUrl, AddinBaseUrlError } = require('../scripts/addin-base-url.js');
const { deployedManifest, manifestVersion } = require('../scripts/addin-manifest.js');
const { packageAddin, PackageError, GUIDE, APP_PACKAGE } = require('../scripts/package-addin.js');
const pkg = require('../package.json') as { version: string; scripts: Record<string, string> };
const config = require('../webpack.config.js') as (env: object, argv: object) => Promise<unknown>;

const BASE = 'https://evalsheet.example.lg.jp/addin/';
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('not refused');
};

describe('the base URL of a deployment build', () => {
  test.each(['', '   '])('missing (%j): refused with a Japanese message naming the variable, the example and the development build', (value) => {
    const e = refusal(() => addinBaseUrl({ env: { ADDIN_BASE_URL: value } }));
    expect(e).toBeInstanceOf(AddinBaseUrlError);
    expect(e.message).toMatch(/ADDIN_BASE_URL が指定されていない/);
    expect(e.message).toContain('npm run build:dev');
    expect(e.message).toContain('何も書き出していません');
    expect(e.stack).toBe(e.message); // webpack-cli prints no stack trace for it
  });

  test.each(['https://localhost:3000/', 'https://LOCALHOST/', 'https://127.0.0.1:8443/x/', 'https://[::1]/', 'https://pane.localhost/', 'https://0.0.0.0/'])(
    '%s is this computer: refused for deployment, taken for development (flag or ADDIN_DEV=1)',
    (url) => {
      expect(refusal(() => addinBaseUrl({ env: { ADDIN_BASE_URL: url } })).message).toMatch(/パソコン自身を指す/);
      expect(addinBaseUrl({ env: { ADDIN_BASE_URL: url }, development: true })).toMatch(/^https:\/\//);
      expect(addinBaseUrl({ env: { ADDIN_BASE_URL: url, ADDIN_DEV: '1' } })).toMatch(/^https:\/\//);
    },
  );

  test('development without an address is https://localhost:3000/; ADDIN_DEV=0 asks for nothing', () => {
    expect(addinBaseUrl({ env: {}, development: true })).toBe('https://localhost:3000/');
    expect(addinBaseUrl({ env: { ADDIN_DEV: 'true' } })).toBe('https://localhost:3000/');
    expect(() => addinBaseUrl({ env: { ADDIN_DEV: '0' } })).toThrow(AddinBaseUrlError);
  });

  test('a server address: https, with its folder, ending in "/", spaces of `set X=… &&` trimmed', () => {
    expect(addinBaseUrl({ env: { ADDIN_BASE_URL: 'https://evalsheet.example.lg.jp/addin' } })).toBe(BASE);
    expect(addinBaseUrl({ env: { ADDIN_BASE_URL: 'https://evalsheet.example.lg.jp/addin/ ' } })).toBe(BASE);
    expect(addinBaseUrl({ env: { ADDIN_BASE_URL: 'https://intra.example.lg.jp' } })).toBe('https://intra.example.lg.jp/');
  });

  test.each([
    ['http://evalsheet.example.lg.jp/', /https ではありません/],
    ['evalsheet.example.lg.jp/addin', /URL として読めません/],
    ['https://user:pw@evalsheet.example.lg.jp/', /パスワード/],
    ['https://evalsheet.example.lg.jp/?x=1', /\?/],
  ])('%s is refused, even for development', (url, message) => {
    expect(refusal(() => addinBaseUrl({ env: { ADDIN_BASE_URL: url } })).message).toMatch(message);
    expect(() => addinBaseUrl({ env: { ADDIN_BASE_URL: url }, development: true })).toThrow(AddinBaseUrlError);
  });
});

describe('npm run build', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('the build script checks the address before webpack; build:dev and the dev server are development builds', () => {
    expect(pkg.scripts.build).toMatch(/^node scripts\/addin-base-url\.js && webpack --mode production$/);
    expect(pkg.scripts['build:dev']).toMatch(/webpack --mode development/);
    expect(pkg.scripts['dev-server']).toMatch(/webpack serve --mode development/);
    expect(pkg.scripts.package).toMatch(/^npm run build && node scripts\/package-addin\.js$/);
  });

  test('the check as npm runs it: exit 1 with the Japanese message only (no stack trace) without an address, 0 with one', () => {
    const env = { ...process.env, ADDIN_BASE_URL: '', ADDIN_DEV: '' };
    const refused = spawnSync(process.execPath, ['scripts/addin-base-url.js'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^ADDIN_BASE_URL が指定されていない/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const local = spawnSync(process.execPath, ['scripts/addin-base-url.js'], {
      cwd: ROOT,
      env: { ...env, ADDIN_BASE_URL: 'https://localhost:3000/' },
      encoding: 'utf8',
    });
    expect(local.status).toBe(1);
    const ok = execFileSync(process.execPath, ['scripts/addin-base-url.js'], { cwd: ROOT, env: { ...env, ADDIN_BASE_URL: BASE }, encoding: 'utf8' });
    expect(ok).toContain(BASE);
  });

  test('webpack.config.js itself refuses a production build without an address, and takes --env dev', async () => {
    delete process.env.ADDIN_BASE_URL;
    delete process.env.ADDIN_DEV;
    await expect(config({}, { mode: 'production' })).rejects.toBeInstanceOf(AddinBaseUrlError);
    process.env.ADDIN_BASE_URL = 'https://localhost:3000/';
    await expect(config({}, { mode: 'production' })).rejects.toThrow(/パソコン自身/);
    await expect(config({ dev: true }, { mode: 'production' })).resolves.toBeDefined();
    process.env.ADDIN_BASE_URL = BASE;
    await expect(config({}, { mode: 'production' })).resolves.toBeDefined();
  });
});

describe('the deployed manifest', () => {
  test('<Version> from package.json, every development URL on the server, <AppDomain> its origin', async () => {
    const xml = deployedManifest(await fs.readFile(path.join(ROOT, 'manifest.xml'), 'utf8'), { baseUrl: BASE, packageVersion: '2.3.4' });
    expect(/<Version>([^<]+)<\/Version>/.exec(xml)![1]).toBe('2.3.4.0');
    expect(xml).not.toMatch(/:\/\/localhost/);
    expect(/<SourceLocation DefaultValue="([^"]+)"/.exec(xml)![1]).toBe(`${BASE}taskpane.html`);
    expect([...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual(['https://evalsheet.example.lg.jp']);
  });

  test.each(['1.0.0-beta.1', '1.2', 'x', '1.2.70000'])('package.json version %s cannot be a manifest version: said in Japanese', (v) => {
    expect(() => manifestVersion(v)).toThrow(/package\.json の version/);
  });
});

/** A dist/ as npm run build leaves it, small: the pane's page, a bundle, the worker, an icon, the deployed manifest. */
async function fakeDist(dir: string, { baseUrl = BASE, packageVersion = pkg.version, localOffice = false } = {}) {
  await fs.mkdir(path.join(dir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(dir, 'taskpane.html'), '<!doctype html><title>EvalSheet</title><script src="taskpane.0123abcd.js"></script>');
  await fs.writeFile(path.join(dir, 'taskpane.0123abcd.js'), 'console.log(1)');
  await fs.writeFile(path.join(dir, 'review-worker.js'), 'self.onmessage = () => {}');
  await fs.copyFile(path.join(ROOT, 'assets/icon-32.png'), path.join(dir, 'assets/icon-32.png'));
  const manifest = await fs.readFile(path.join(ROOT, 'manifest.xml'), 'utf8');
  const xml = baseUrl.includes('localhost') ? manifest : deployedManifest(manifest, { baseUrl, packageVersion });
  await fs.writeFile(path.join(dir, 'manifest.xml'), xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`));
  if (localOffice) {
    await fs.mkdir(path.join(dir, 'office'));
    await fs.writeFile(path.join(dir, 'office/office.js'), '/* office.js */');
  }
}

describe('npm run package', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-package-'));
  });
  afterEach(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  test('one archive: dist/ (its index page, bundle, worker, icons), manifest.xml with package.json’s version and the https base URL, the guide, checksums', async () => {
    const dist = path.join(tmp, 'dist');
    await fakeDist(dist);
    const r = await packageAddin({ distDir: dist, outDir: path.join(tmp, 'release') });
    expect(path.basename(r.file)).toBe(`evalsheet-addin-${pkg.version}.zip`);
    const zip = await JSZip.loadAsync(await fs.readFile(r.file));
    const folder = `evalsheet-addin-${pkg.version}/`;
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names.every((n) => n.startsWith(folder))).toBe(true);
    const inside = names.map((n) => n.slice(folder.length));
    expect(inside).toEqual(
      expect.arrayContaining([
        'dist/taskpane.html',
        'dist/taskpane.0123abcd.js',
        'dist/review-worker.js',
        'dist/assets/icon-32.png',
        'manifest.xml',
        GUIDE,
        'SHA256SUMS.txt',
      ]),
    );
    expect(inside).not.toContain('dist/manifest.xml'); // one manifest, at the top, to upload
    const manifest = await zip.file(`${folder}manifest.xml`)!.async('string');
    expect(/<Version>([^<]+)<\/Version>/.exec(manifest)![1]).toBe(`${pkg.version}.0`);
    expect(/<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1]).toBe(`${BASE}taskpane.html`);
    expect(manifest).not.toMatch(/:\/\/localhost/);
    const urls = [...manifest.matchAll(/(?:DefaultValue="|<AppDomain>)(\w+:\/\/[^"<]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(BASE) || u === 'https://evalsheet.example.lg.jp').toBe(true);
    // The checksums are those of the files beside them.
    const sums = (await zip.file(`${folder}SHA256SUMS.txt`)!.async('string')).trim().split(/\r\n/);
    expect(sums.length).toBe(inside.length - 1);
    for (const line of sums) {
      const [hash, name] = line.split(/\s+/);
      expect(
        createHash('sha256')
          .update(await zip.file(folder + name)!.async('nodebuffer'))
          .digest('hex'),
      ).toBe(hash);
    }
    expect(
      createHash('sha256')
        .update(await fs.readFile(r.file))
        .digest('hex'),
    ).toBe(r.sha256);
  });

  test('the guide: this build’s address and version, the web server, every way to deploy with its limits, WebView2, office.js from the CDN', async () => {
    const dist = path.join(tmp, 'dist');
    await fakeDist(dist);
    const r = await packageAddin({ distDir: dist, outDir: tmp });
    const zip = await JSZip.loadAsync(await fs.readFile(r.file));
    const raw = await zip.file(`evalsheet-addin-${pkg.version}/${GUIDE}`)!.async('string');
    expect(raw.startsWith('\ufeff')).toBe(true); // Notepad reads it as UTF-8
    expect(raw).not.toMatch(/[^\r]\n/);
    const guide = raw.replace(/\r\n/g, '\n');
    expect(guide).not.toMatch(/\{\{|\}\}/);
    expect(guide).toContain(`${BASE}help.html`);
    expect(guide).toContain(`${pkg.version}.0`);
    expect(guide).toContain('addin フォルダー');
    for (const words of [
      '一元展開',
      '統合アプリ',
      'SharePoint',
      'リボンのボタン',
      '共有フォルダー',
      '試験用',
      'WebView2',
      'Office 2019',
      'appsforoffice.microsoft.com',
      '証明書',
    ])
      expect(guide).toContain(words);
    expect(guide).toMatch(/office\.js の読み込み元：Microsoft の CDN/);
  });

  test('OFFICE_JS=local: the guide says office.js is served by the city’s server, outside Microsoft’s support', async () => {
    const dist = path.join(tmp, 'dist');
    await fakeDist(dist, { localOffice: true });
    const r = await packageAddin({ distDir: dist, outDir: tmp });
    expect(r.entries).toContain('dist/office/office.js');
    const zip = await JSZip.loadAsync(await fs.readFile(r.file));
    const guide = await zip.file(`evalsheet-addin-${pkg.version}/${GUIDE}`)!.async('string');
    expect(guide).toMatch(/office\.js の読み込み元：このサーバーの dist\/office\/（OFFICE_JS=local。Microsoft のサポート外/);
  });

  test.each([
    ['a stale dist/ (another version)', { packageVersion: '0.0.9' }, /dist\/ が古い/],
    ['a development dist/ (localhost)', { baseUrl: 'https://localhost:3000/' }, /このパソコン自身を指す URL/],
  ])('%s is refused in Japanese and nothing is written', async (_, options, message) => {
    const dist = path.join(tmp, 'dist');
    await fakeDist(dist, options);
    const out = path.join(tmp, 'release');
    await expect(packageAddin({ distDir: dist, outDir: out })).rejects.toThrow(message);
    await expect(packageAddin({ distDir: dist, outDir: out })).rejects.toBeInstanceOf(PackageError);
    expect(existsSync(out)).toBe(false);
  });

  test('no build at all: refused, telling to run npm run build', async () => {
    await expect(packageAddin({ distDir: path.join(tmp, 'none'), outDir: tmp })).rejects.toThrow(/npm run build/);
  });
});

const converterInstalled = (() => {
  try {
    require.resolve('office-addin-manifest-converter/lib/converter');
    return true;
  } catch {
    return false;
  }
})();
if (!converterInstalled)
  console.warn(
    'office-addin-manifest-converter が入っていないため、統合マニフェストのテストを省略します（npm install で開発用の依存パッケージを入れてください）。',
  );

/** Width and height from a PNG's IHDR. */
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

(converterInstalled ? describe : describe.skip)('the unified (JSON) manifest in the archive', () => {
  const { validate } = require('../scripts/unified-manifest.js');
  let tmp: string;
  let app: JSZip;
  let xml: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-unified-'));
    await fakeDist(path.join(tmp, 'dist'));
    const r = await packageAddin({ distDir: path.join(tmp, 'dist'), outDir: tmp });
    expect({ ok: r.unified.ok, reason: r.unified.reason }).toEqual({ ok: true, reason: undefined }); // else the reason is printed here
    const zip = await JSZip.loadAsync(await fs.readFile(r.file));
    xml = await zip.file(`evalsheet-addin-${pkg.version}/manifest.xml`)!.async('string');
    app = await JSZip.loadAsync(await zip.file(`evalsheet-addin-${pkg.version}/${APP_PACKAGE}`)!.async('nodebuffer'));
  });
  afterAll(() => fs.rm(tmp, { recursive: true, force: true }));
  const json = async (name: string) => JSON.parse(await app.file(name)!.async('string'));

  test('manifest.json, its en-US strings and both icons, and they pass Microsoft’s schema', async () => {
    expect(Object.keys(app.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    expect(await validate(await json('manifest.json'), { 'en-us.json': await json('en-us.json') })).toEqual([]);
    expect(pngSize(await app.file('color.png')!.async('nodebuffer'))).toEqual([192, 192]);
    expect(pngSize(await app.file('outline.png')!.async('nodebuffer'))).toEqual([32, 32]);
  });

  test('it says what the XML manifest says: id, version, Japanese names by default, the pane on the server, the requirement set', async () => {
    const m = await json('manifest.json');
    const attr = (re: RegExp) => re.exec(xml)![1];
    expect(m.id).toBe(attr(/<Id>([^<]+)<\/Id>/));
    expect(m.version).toBe(pkg.version);
    expect(m.localizationInfo.defaultLanguageTag).toBe('ja-jp');
    expect(m.name.short).toBe(attr(/<DisplayName DefaultValue="([^"]+)"/));
    expect((await json('en-us.json'))['name.short']).toBe(attr(/<DisplayName[^>]*>\s*<Override Locale="en-US" Value="([^"]+)"/));
    expect(m.extensions[0].runtimes[0].code.page).toBe(`${BASE}taskpane.html`);
    expect(m.extensions[0].requirements.capabilities).toEqual([{ name: 'ExcelApi', minVersion: attr(/<Set Name="ExcelApi" MinVersion="([^"]+)"/) }]);
    expect(m.validDomains).toEqual(['https://evalsheet.example.lg.jp']);
  });

  test('it is what the converter’s own command makes of the same manifest.xml, but for the language, the schema version and the icons', async () => {
    const dir = path.join(tmp, 'cli');
    await fs.writeFile(path.join(tmp, 'deployed.xml'), xml);
    const cli = path.join(ROOT, 'node_modules/office-addin-manifest-converter/cli.js');
    execFileSync(process.execPath, [cli, 'convert', path.join(tmp, 'deployed.xml'), '-o', dir], { encoding: 'utf8' });
    const theirs = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'));
    const ours = await json('manifest.json');
    for (const key of ['id', 'version', 'developer', 'validDomains', 'authorization', 'localizationInfo']) expect([key, ours[key]]).toEqual([key, theirs[key]]);
    const [o, t] = [ours.extensions[0], theirs.extensions[0]];
    for (const key of ['requirements', 'runtimes', 'alternates']) expect([key, o[key]]).toEqual([key, t[key]]);
    const controls = (e: typeof o) =>
      e.ribbons[0].tabs[0].groups[0].controls.map((c: { id: string; actionId: string; icons: unknown }) => [c.id, c.actionId, c.icons]);
    expect(controls(o)).toEqual(controls(t));
    // The command reads the manifest as an en-US Office: English under "defaultLanguageTag": "ja-jp", which is why it is not used as is.
    expect(theirs.name.short).not.toBe(ours.name.short);
    expect(theirs.manifestVersion).toBe('1.17');
    expect(ours.manifestVersion).toBe('1.23');
  });

  test('the check can fail: a name over 30 characters, a missing id, a string the converter cut short', async () => {
    const m = await json('manifest.json');
    const en = await json('en-us.json');
    expect(await validate({ ...m, name: { ...m.name, short: 'x'.repeat(31) } }, {})).not.toEqual([]);
    expect(await validate({ ...m, id: undefined }, {})).not.toEqual([]);
    expect(await validate(m, { 'en-us.json': { ...en, 'description.short': '<TRUNCATED>Checks…' } })).toEqual([expect.stringMatching(/切り詰め/)]);
  });
});
