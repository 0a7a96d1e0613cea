#!/usr/bin/env node
// npm run package: one archive to carry into a closed network, made from the deployment build
// (npm run build, which refuses a missing or localhost ADDIN_BASE_URL):
//   release/evalsheet-addin-<version>.zip
//     evalsheet-addin-<version>/dist/…              the files for the internal https server
//     evalsheet-addin-<version>/manifest.xml        <Version> from package.json, URLs on ADDIN_BASE_URL
//     evalsheet-addin-<version>/m365-app-package.zip  unified (JSON) manifest, when the converter could make it
//     evalsheet-addin-<version>/DEPLOY-GUIDE-ja.txt  the guide for the city's IT staff
//     evalsheet-addin-<version>/SHA256SUMS.txt
// The archive is written through a temporary file; nothing is written when a check fails.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const JSZip = require('jszip');
const { isLoopback } = require('./addin-base-url');
const { manifestVersion } = require('./addin-manifest');
const { unifiedAppPackage, UnifiedManifestError, SCHEMA_VERSION } = require('./unified-manifest');

const ROOT = path.resolve(__dirname, '..');
const GUIDE = 'DEPLOY-GUIDE-ja.txt';
const APP_PACKAGE = 'm365-app-package.zip';

/** A refusal to package, in Japanese (nothing written). */
class PackageError extends Error {}

/** Every file under dir, as paths relative to it with "/" separators, sorted. */
function filesUnder(dir, prefix = '') {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** What the built dist/ says about itself: base URL, versions, office.js source; refuses a stale or development build. */
function inspectDist(distDir, packageVersion) {
  const manifestFile = path.join(distDir, 'manifest.xml');
  if (!fs.existsSync(manifestFile) || !fs.existsSync(path.join(distDir, 'taskpane.html')))
    throw new PackageError(`${distDir} にビルドした作業ウィンドウ（manifest.xml と taskpane.html）がありません。先に npm run build を実行してください。`);
  const xml = fs.readFileSync(manifestFile, 'utf8');
  const version = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(xml)?.[1];
  let expected;
  try {
    expected = manifestVersion(packageVersion);
  } catch (e) {
    throw new PackageError(e.message);
  }
  if (version !== expected)
    throw new PackageError(
      `dist/manifest.xml の版（${version}）が package.json の version から決まる版（${expected}）と違います。dist/ が古いので、npm run build からやり直してください。`,
    );
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '';
  if (!source.endsWith('/taskpane.html')) throw new PackageError(`dist/manifest.xml の SourceLocation（${source}）が taskpane.html を指していません。`);
  const baseUrl = source.slice(0, -'taskpane.html'.length);
  const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(\w+:\/\/[^"<]+)/g)].map((m) => m[1]);
  const bad = urls.filter((u) => !u.startsWith('https://') || isLoopback(new URL(u).hostname));
  if (bad.length)
    throw new PackageError(
      `dist/manifest.xml に https でない URL、またはこのパソコン自身を指す URL があります（${bad[0]}）。配置用には ADDIN_BASE_URL を指定して npm run build してください。`,
    );
  const minApi = /<Set Name="ExcelApi" MinVersion="([^"]+)"/.exec(xml)?.[1] ?? '?';
  const localOffice = fs.existsSync(path.join(distDir, 'office', 'office.js'));
  return { xml, baseUrl, manifestVersion: version, minApi, localOffice };
}

function unifiedSection(unified) {
  if (!unified.ok)
    return (
      `\n    統合マニフェスト（JSON）はこのパッケージに入っていません：${unified.reason}\n` +
      '    Microsoft 365 を使う団体でも、XML の manifest.xml で一元展開できます。\n'
    );
  return (
    `\n    統合マニフェスト（JSON、${APP_PACKAGE}）：すべての職員が Microsoft 365 Apps（Windows 版 2501 以降、Mac 版 16.103 以降、\n` +
    '    Excel on the web）を使う団体は、manifest.xml の代わりにこのアプリ パッケージを［統合アプリ］にアップロードすることもできます。\n' +
    `    XML の manifest.xml から Microsoft の office-addin-manifest-converter で作り、スキーマ v${SCHEMA_VERSION} で検査したものです。\n` +
    '    実際の Microsoft 365 テナントへのアップロードは確かめていません。Office 2021・LTSC 2024 などの永続版、SharePoint の\n' +
    '    アプリ カタログ、共有フォルダーは統合マニフェストを使えないため、迷ったら manifest.xml を使ってください。\n'
  );
}

/** The guide's text for this build (UTF-8 with a BOM and CRLF, for Notepad on Windows). */
function guideText({ packageVersion, dist, unified, archiveName }) {
  const origin = new URL(dist.baseUrl);
  const values = {
    VERSION: packageVersion,
    ARCHIVE: archiveName,
    BASE_URL: dist.baseUrl,
    MANIFEST_VERSION: dist.manifestVersion,
    MIN_API: dist.minApi,
    SERVER_PATH_HINT: origin.pathname === '/' ? '（サイトの最上位）' : origin.pathname.replace(/^\/|\/$/g, '').replace(/\//g, '\\'),
    OFFICE_JS: dist.localOffice
      ? 'このサーバーの dist/office/（OFFICE_JS=local。Microsoft のサポート外の使い方です。下の「4. office.js について」）'
      : 'Microsoft の CDN（職員のパソコンから https://appsforoffice.microsoft.com に接続できる必要があります）',
    OFFICE_DIR: dist.localOffice ? '、office.js の写し（office/）' : '',
    UNIFIED_FILE: unified.ok ? `- ${APP_PACKAGE} … 統合マニフェスト（JSON）のアプリ パッケージ（Microsoft 365 の一元展開用。任意）\n` : '',
    UNIFIED_SECTION: unifiedSection(unified),
  };
  const template = fs.readFileSync(path.join(__dirname, 'deploy-guide.ja.txt'), 'utf8');
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, k) => {
    if (!(k in values)) throw new Error(`deploy-guide.ja.txt: unknown placeholder ${k}`);
    return values[k];
  });
  return `\ufeff${text.replace(/\r?\n/g, '\r\n')}`;
}

async function makeUnified(xml) {
  try {
    return { ok: true, ...(await unifiedAppPackage(xml)) };
  } catch (e) {
    if (!(e instanceof UnifiedManifestError)) throw e;
    return { ok: false, reason: e.message };
  }
}

/**
 * Builds the release archive from distDir into outDir and returns where it is and what it holds.
 * Throws PackageError (Japanese) when dist/ is missing, stale or built for development.
 */
async function packageAddin({ root = ROOT, distDir = path.join(root, 'dist'), outDir = path.join(root, 'release') } = {}) {
  const packageVersion = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const dist = inspectDist(distDir, packageVersion);
  const unified = await makeUnified(dist.xml);
  const folder = `evalsheet-addin-${packageVersion}`;
  const archiveName = `${folder}.zip`;
  const files = new Map();
  for (const f of filesUnder(distDir)) if (f !== 'manifest.xml') files.set(`dist/${f}`, fs.readFileSync(path.join(distDir, f)));
  files.set('manifest.xml', Buffer.from(dist.xml));
  if (unified.ok) files.set(APP_PACKAGE, unified.zip);
  files.set(GUIDE, Buffer.from(guideText({ packageVersion, dist, unified, archiveName })));
  const sums = [...files].map(([name, data]) => `${createHash('sha256').update(data).digest('hex')}  ${name}`);
  files.set('SHA256SUMS.txt', Buffer.from(`${sums.join('\r\n')}\r\n`));
  // One date for every entry (the build's), so the same dist/ gives the same archive.
  const date = fs.statSync(path.join(distDir, 'manifest.xml')).mtime;
  const zip = new JSZip();
  for (const [name, data] of files) zip.file(`${folder}/${name}`, data, { date });
  const archive = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, archiveName);
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, archive);
  fs.renameSync(tmp, file);
  return { file, bytes: archive.length, sha256: createHash('sha256').update(archive).digest('hex'), entries: [...files.keys()], dist, unified };
}

module.exports = { packageAddin, inspectDist, guideText, PackageError, GUIDE, APP_PACKAGE };

if (require.main === module) {
  packageAddin().then(
    (r) => {
      console.log(
        `配置用のパッケージを作りました：${path.relative(process.cwd(), r.file)}（${(r.bytes / 1024 / 1024).toFixed(1)} MB、${r.entries.length} ファイル）`,
      );
      console.log(`  SHA-256：${r.sha256}（庁内に持ち込んだ後に照らしてください）`);
      console.log(
        `  配置先：${r.dist.baseUrl}　マニフェストの版：${r.dist.manifestVersion}　office.js：${r.dist.localOffice ? 'dist/office/（OFFICE_JS=local）' : 'Microsoft の CDN'}`,
      );
      if (r.unified.ok) console.log(`  統合マニフェスト（JSON）：${APP_PACKAGE}（スキーマ v${SCHEMA_VERSION} で検査済み）`);
      else console.warn(`  統合マニフェスト（JSON）は作りませんでした：${r.unified.reason}`);
      console.log(`  手順は中の ${GUIDE} にあります。`);
    },
    (e) => {
      if (!(e instanceof PackageError)) throw e;
      console.error(`パッケージを作りませんでした：${e.message}`);
      process.exit(1);
    },
  );
}
