// The Ace code editor as its package's editor.html sets it up, with what its kitchen-sink demo
// adds around it: a mode and theme picker, soft wrap, undo/redo, the search box, the settings
// menu, autocompletion and a status bar. Modes, themes and workers load from the package folder.
import type { WildApp } from "../types";
import { html } from "./html";

const CODE = `function foo(items) {
    var i;
    for (i = 0; i &lt; items.length; i++) {
        alert("Ace Rocks " + items[i]);
    }
}`;

const body = `
<div id="bar" style="font:14px system-ui;padding:6px;display:flex;gap:8px;align-items:center">
  <label>Mode <select id="mode"><option value="javascript">JavaScript</option><option value="python">Python</option><option value="html">HTML</option><option value="css">CSS</option></select></label>
  <label>Theme <select id="theme"><option value="twilight">Twilight</option><option value="chrome">Chrome</option><option value="monokai">Monokai</option></select></label>
  <label><input type="checkbox" id="wrap"> Soft wrap</label>
  <button id="undo" type="button">Undo</button>
  <button id="redo" type="button">Redo</button>
  <button id="find" type="button">Find</button>
  <button id="settings" type="button">Settings</button>
  <span id="status" style="margin-left:auto"></span>
</div>
<pre id="editor" style="position:absolute;top:44px;bottom:0;left:0;right:0;margin:0">${CODE}</pre>
<script src="/ace/ace.js"></script>
<script src="/ace/ext-language_tools.js"></script>
<script src="/ace/ext-statusbar.js"></script>
<script>
  ace.config.set('basePath', '/ace/');
  var editor = ace.edit('editor', { enableBasicAutocompletion: true, enableLiveAutocompletion: true, enableSnippets: true });
  editor.setTheme('ace/theme/twilight');
  editor.session.setMode('ace/mode/javascript');
  var StatusBar = ace.require('ace/ext/statusbar').StatusBar;
  new StatusBar(editor, document.getElementById('status'));
  document.getElementById('mode').onchange = function () { editor.session.setMode('ace/mode/' + this.value) };
  document.getElementById('theme').onchange = function () { editor.setTheme('ace/theme/' + this.value) };
  document.getElementById('wrap').onchange = function () { editor.session.setUseWrapMode(this.checked) };
  document.getElementById('undo').onclick = function () { editor.undo(); editor.focus() };
  document.getElementById('redo').onclick = function () { editor.redo(); editor.focus() };
  document.getElementById('find').onclick = function () { editor.execCommand('find') };
  document.getElementById('settings').onclick = function () { ace.config.loadModule('ace/ext/settings_menu', function (m) { m.init(editor); editor.showSettingsMenu() }) };
</script>`;

export const aceEditor: WildApp = {
  id: "ace",
  description: "the Ace code editor (editor.html's set-up) with mode/theme pickers, soft wrap, undo/redo, search box, settings menu, autocompletion, status bar",
  packages: ["ace-builds"],
  pages: { "/": html({ title: "Ace editor", body }) },
  mounts: { "/ace/": "node_modules/ace-builds/src-min-noconflict/" },
  steps: async (d) => {
    await d.click("#editor .ace_content", "the code", { position: { x: 300, y: 90 } });
    await d.press("End");
    await d.press("Enter", "(new line in the editor)");
    await d.type("console.log(items.length);", "a line of code");
    await d.press("Control+z", "(undo)");
    await d.press("Control+Shift+z", "(redo)");
    await d.press("Control+/", "(comment the line)");
    await d.press("Control+f", "(find)");
    await d.type("items", "into the search box");
    await d.press("Enter", "(next match)");
    await d.press("Escape", "(close the search box)");
    await d.press("Enter", "(new line)");
    await d.type("ite", "a word to complete");
    await d.press("Control+Space", "(autocomplete)");
    await d.press("Enter", "(take the completion)");
    await d.dblclick("#editor .ace_content", "a word to select it", { x: 60, y: 8 });
    await d.press("Tab", "(indent)");
    await d.press("Shift+Tab", "(outdent)");
  },
  realFailures: [],
};
