// npm run build: the task pane into dist/ (taskpane.html, hashed bundles, icons, manifest.xml), for deployment.
//   ADDIN_BASE_URL=https://evalsheet.intra.example.lg.jp/ npm run build   → manifest URLs on that server
//   (required: without it, or with localhost, the build stops with a Japanese message; scripts/addin-base-url.js)
//   OFFICE_JS=local npm run build   → office.js served from the add-in's own server (closed networks)
// npm run build:dev (or --env dev, or ADDIN_DEV=1): a build for https://localhost:3000.
// npm run dev-server: https://localhost:3000 (office-addin-dev-certs).
// dist/manifest.xml takes its <Version> from package.json (scripts/addin-manifest.js); npm run package zips the release.
'use strict';
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const { addinBaseUrl } = require('./scripts/addin-base-url');
const { deployedManifest } = require('./scripts/addin-manifest');

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The task pane's Content-Security-Policy, a meta tag in taskpane.html (the pages are static files,
 * whatever server carries them; a server can add the same as a header, with frame-ancestors, which a
 * meta tag cannot set). Scripts only from the add-in's own server and office.js's CDN (only the
 * server with OFFICE_JS=local); no eval (the production build has devtool false, the development
 * build plain source maps, never eval); no network calls (the pane makes none); no plugins, no
 * <base>, no forms. style-src needs 'unsafe-inline': Fluent UI (Griffel) and office.js put <style>
 * elements into the page at run time, and a static page cannot carry a fresh nonce.
 */
function contentSecurityPolicy({ localOffice }) {
  return [
    "default-src 'self'",
    `script-src 'self'${localOffice ? '' : ` ${new URL(CDN).origin}`}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  const serve = Boolean(env.WEBPACK_SERVE || argv.env?.WEBPACK_SERVE);
  // A production build is for deployment unless development is asked for (dev server, --env dev, ADDIN_DEV=1).
  const base = addinBaseUrl({ development: mode !== 'production' || serve || Boolean(env.dev) });
  const localOffice = String(process.env.OFFICE_JS ?? '').trim() === 'local'; // trimmed: cmd's `set OFFICE_JS=local && …` keeps the space
  const officeJs = localOffice ? 'office/office.js' : CDN;
  const officeDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
  const config = {
    mode,
    devtool: mode === 'production' ? false : 'source-map',
    // The worker loads its lazy chunk (exceljs, for the rare file the direct reader cannot read) with importScripts.
    entry: { taskpane: './src/taskpane/index.tsx', 'review-worker': { import: './src/taskpane/reviewWorker.ts', chunkLoading: 'import-scripts' } },
    // The worker keeps a fixed name (the pane loads it by URL, with the build id against stale caches).
    output: {
      path: path.resolve(__dirname, env.outDir || 'dist'),
      filename: (p) => (p.chunk.name === 'review-worker' ? '[name].js' : '[name].[contenthash].js'),
      chunkFilename: '[id].[contenthash].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    // ES modules (not the CommonJS of tsconfig.json, which is for Node): webpack can then drop the
    // parts of Fluent UI the pane does not use (19 MB → under 1 MB) and split exceljs into a lazy chunk.
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'esnext', moduleResolution: 'node' } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __BUILD_ID__: JSON.stringify(`${require('./package.json').version}-${Date.now().toString(36)}`) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // The template loads the bundle itself, through webview-check.js: not in Internet Explorer 11 or the old Edge.
        inject: false,
        officeJs,
        csp: contentSecurityPolicy({ localOffice }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          // ES5, as written (not bundled or minified): it must run in any webview (test/webviewCheck.test.ts).
          { from: 'src/taskpane/webviewCheck.js', to: 'webview-check.js', info: { minimized: true } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => deployedManifest(content.toString(), { baseUrl: base, packageVersion: require('./package.json').version }),
          },
          ...(localOffice
            ? [
                // As Microsoft ships them: not minified again (info.minimized), so nothing changes in office.js.
                {
                  from: path.join(officeDist, '*.js'),
                  to: 'office/[name][ext]',
                  info: { minimized: true },
                  globOptions: {
                    ignore: ['**/*.debug.js', '**/outlook*', '**/word*', '**/powerpoint*', '**/onenote*', '**/project*', '**/visio*', '**/access*'],
                  },
                },
                { from: path.join(officeDist, 'ja-jp'), to: 'office/ja-jp', info: { minimized: true } },
                { from: path.join(officeDist, 'en-us'), to: 'office/en-us', info: { minimized: true } },
              ]
            : []),
        ],
      }),
    ],
  };
  if (mode !== 'production' || serve) {
    let https = {};
    try {
      const devCerts = require('office-addin-dev-certs');
      https = await devCerts.getHttpsServerOptions();
    } catch {
      // No trusted development certificate: webpack-dev-server makes a self-signed one.
    }
    config.devServer = {
      port: 3000,
      server: { type: 'https', options: https },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: __dirname, publicPath: '/' },
    };
  }
  return config;
};
module.exports.contentSecurityPolicy = contentSecurityPolicy;
