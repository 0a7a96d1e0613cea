#!/usr/bin/env node
// The https address the add-in's manifest points at (ADDIN_BASE_URL). A build for deployment must
// name the city's own server: without one, or with localhost, Excel on the staff's computers would
// look for the task pane on their own machine and show an empty pane. Development (localhost) is
// only taken when asked for: npm run build:dev, npm run dev-server, or ADDIN_DEV=1.
//   node scripts/addin-base-url.js   → prints the address, or a Japanese message and exit code 1
'use strict';

const DEV_URL = 'https://localhost:3000/';

const EXAMPLE = 'ADDIN_BASE_URL=https://evalsheet.example.lg.jp/addin/ npm run build';
const DEV_HINT = '開発用（https://localhost:3000）のビルドなら npm run build:dev（または ADDIN_DEV=1）を使ってください。';

/** A refusal whose message is all there is to show (webpack-cli prints no stack trace for it). */
class AddinBaseUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AddinBaseUrlError';
    this.stack = message;
  }
}

/** localhost, *.localhost, 127.0.0.0/8, ::1 and 0.0.0.0: addresses that mean "this computer". */
function isLoopback(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1' || host === '0.0.0.0';
}

/** ADDIN_DEV=1 (or true / yes) asks for a development build. */
function developmentAsked(env) {
  return /^(1|true|yes)$/i.test(String(env.ADDIN_DEV ?? '').trim());
}

/**
 * The base URL (ending in "/") for the manifest and the pages. `development` is true for the dev
 * server and npm run build:dev; ADDIN_DEV=1 in `env` asks for it too. Throws AddinBaseUrlError with a
 * Japanese message when a deployment build has no address, a localhost one, or one that is not a
 * plain https URL.
 */
function addinBaseUrl({ env = process.env, development = false } = {}) {
  const dev = development || developmentAsked(env);
  const raw = String(env.ADDIN_BASE_URL ?? '').trim();
  if (!raw) {
    if (dev) return DEV_URL;
    throw new AddinBaseUrlError(
      `ADDIN_BASE_URL が指定されていないため、配置用のビルドを中止しました（何も書き出していません）。` +
        `作業ウィンドウを置く庁内の https サーバーの URL を指定してください。例：${EXAMPLE}\n${DEV_HINT}`,
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new AddinBaseUrlError(`ADDIN_BASE_URL「${raw}」は URL として読めません。例：${EXAMPLE}`);
  }
  if (url.protocol !== 'https:')
    throw new AddinBaseUrlError(
      `ADDIN_BASE_URL「${raw}」は https ではありません。Office のアドインは https のサーバーからしか読み込まれません。例：${EXAMPLE}`,
    );
  if (url.username || url.password || url.search || url.hash)
    throw new AddinBaseUrlError(`ADDIN_BASE_URL「${raw}」には、ユーザー名・パスワード・?・# を含めないでください（サーバーとフォルダーの URL だけ）。`);
  if (isLoopback(url.hostname) && !dev)
    throw new AddinBaseUrlError(
      `ADDIN_BASE_URL「${raw}」は、この（ビルドする）パソコン自身を指すため、配置用のビルドを中止しました（何も書き出していません）。` +
        `職員のパソコンから届く庁内の https サーバーの URL を指定してください。\n${DEV_HINT}`,
    );
  return url.href.replace(/\/?$/, '/');
}

module.exports = { addinBaseUrl, isLoopback, AddinBaseUrlError, DEV_URL };

if (require.main === module) {
  try {
    console.log(`アドインの配置先：${addinBaseUrl()}`);
  } catch (e) {
    if (!(e instanceof AddinBaseUrlError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}
