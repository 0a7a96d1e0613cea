#!/usr/bin/env node
// Makes sure the tests have what they open files with: Debian's chromium and fonts-noto-cjk (the
// end-to-end test of the task pane) and LibreOffice Calc (every workbook the command writes must
// load in it), installed with apt-get when missing (no download from elsewhere).
// Runs before `npm test`; does nothing when all are already there.
'use strict';
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasFonts = () => {
  try {
    return /Noto (Sans|Serif) CJK/.test(execSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
};

// Not only the command: Debian's libreoffice-common leaves /usr/bin/soffice behind when Calc and
// the core are removed, so the program itself must be there (and Calc, for .xlsx).
const hasSoffice = () => {
  try {
    execSync('command -v soffice', { stdio: 'ignore', shell: '/bin/sh' });
    if (process.platform === 'linux' && existsSync('/usr/bin/dpkg-query')) {
      const status = execSync("dpkg-query -W -f='${Status}' libreoffice-calc 2>/dev/null || true", { encoding: 'utf8', shell: '/bin/sh' });
      if (!/install ok installed/.test(status)) return false;
    }
    return true;
  } catch {
    return false;
  }
};

const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!hasFonts()) missing.push('fonts-noto-cjk');
if (!hasSoffice()) missing.push('libreoffice-calc');
if (!missing.length) process.exit(0);

if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `テストに必要なもの（${missing.join(', ')}）がありません。Chromium・日本語フォント・LibreOffice Calc（soffice）を入れ、CHROMIUM_PATH に chromium の場所を指定してください。`,
  );
  process.exit(1);
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = root ? '' : 'sudo ';
console.error(`テスト用に ${missing.join(' ')} を apt-get で入れます…`);
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
} catch {
  console.error(`インストールに失敗しました。管理者権限で次を実行してください：apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
