/*
 * EvalSheet's first script in the task pane (dist/webview-check.js), at the end of taskpane.html's body.
 * It must run in any webview Office may use, Internet Explorer 11 included: ES5 only (no let or const,
 * no arrow functions, no template strings, no classes); test/webviewCheck.test.ts parses it as ES5.
 *
 * Office 2016 and 2019, and Microsoft 365 on Windows without the WebView2 runtime, show task panes in
 * Internet Explorer 11 (Trident) or the old Microsoft Edge (EdgeHTML), which cannot run the pane
 * (React 19, Fluent UI 9). There it shows taskpane.html's message (#legacy-webview, Japanese with
 * English below) and loads nothing more. Everywhere else it loads the pane's bundle, whose file names
 * webpack writes into its data-bundle attribute.
 */
(function () {
  'use strict';
  var ua = window.navigator.userAgent || '';
  // Trident/7.0: Internet Explorer 11. Edge/18: EdgeHTML (the Chromium Edge and WebView2 say Edg/).
  if (ua.indexOf('Trident/') !== -1 || ua.indexOf('Edge/') !== -1) {
    var message = document.getElementById('legacy-webview');
    if (message) message.style.display = 'block';
    return;
  }
  var me = document.getElementById('evalsheet-start');
  var files = ((me && me.getAttribute('data-bundle')) || '').split(' ');
  for (var i = 0; i < files.length; i++) {
    if (!files[i]) continue;
    var script = document.createElement('script');
    script.src = files[i];
    // In order, as the bundle's chunks expect.
    script.async = false;
    document.body.appendChild(script);
  }
})();
