// The manifest as it is deployed (dist/manifest.xml): manifest.xml's development URLs
// (https://localhost:3000/) replaced by the deployment base URL (the bare origin, as in <AppDomain>,
// by the server's origin), and its <Version> taken from
// package.json's version (0.2.3 → 0.2.3.0), so that a release is never shipped with a version
// Office has cached already (the version is not bumped by hand in manifest.xml).
'use strict';
const { DEV_URL } = require('./addin-base-url');

/** package.json's version as the four numbers a manifest's <Version> needs. */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(packageVersion).trim());
  if (!m)
    throw new Error(
      `package.json の version「${packageVersion}」は、マニフェストの版（数字4つ）にできません。1.2.3 のように数字3つにしてください（-beta などは付けられません）。`,
    );
  if (m.slice(1).some((n) => Number(n) > 65535)) throw new Error(`package.json の version「${packageVersion}」の数字は 65535 以下にしてください。`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** manifest.xml's text with the base URL and the version of the release. */
function deployedManifest(xml, { baseUrl, packageVersion }) {
  const base = baseUrl.replace(/\/?$/, '/');
  const versions = xml.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (versions.length !== 1) throw new Error(`manifest.xml には <Version> が1つ必要です（${versions.length}個あります）。`);
  return xml
    .split(DEV_URL)
    .join(base)
    .split(DEV_URL.replace(/\/$/, ''))
    .join(new URL(base).origin)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`);
}

module.exports = { manifestVersion, deployedManifest };
