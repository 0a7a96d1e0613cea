/**
 * Placeholder entry of the task pane. The add-in issue replaces it with the React + Fluent UI
 * pane over an Office.js adapter of the engine's port.
 */
const root = document.getElementById('root');
if (root) root.textContent = 'EvalSheet（作業ウィンドウは準備中です。コマンド evalsheet をお使いください）';
