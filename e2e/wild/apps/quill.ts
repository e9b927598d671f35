// Quill's rich text editor with the full toolbar of its "snow" theme (headers, fonts, sizes,
// marks, colours, lists, alignment, links, blockquote, code block, clean), as in its playground.
import type { WildApp } from "../types";
import { html } from "./html";

const body = `
<div style="max-width:860px;margin:16px auto;font-family:system-ui">
  <h1 style="font-size:20px">Release notes</h1>
  <div id="toolbar">
    <span class="ql-formats"><select class="ql-font"></select><select class="ql-size"></select></span>
    <span class="ql-formats"><button class="ql-bold"></button><button class="ql-italic"></button><button class="ql-underline"></button><button class="ql-strike"></button></span>
    <span class="ql-formats"><select class="ql-color"></select><select class="ql-background"></select></span>
    <span class="ql-formats"><button class="ql-script" value="sub"></button><button class="ql-script" value="super"></button></span>
    <span class="ql-formats"><button class="ql-header" value="1"></button><button class="ql-header" value="2"></button><button class="ql-blockquote"></button><button class="ql-code-block"></button></span>
    <span class="ql-formats"><button class="ql-list" value="ordered"></button><button class="ql-list" value="bullet"></button><button class="ql-indent" value="-1"></button><button class="ql-indent" value="+1"></button></span>
    <span class="ql-formats"><select class="ql-align"></select></span>
    <span class="ql-formats"><button class="ql-link"></button><button class="ql-clean"></button></span>
  </div>
  <div id="editor" style="height:340px">
    <h2>Version 2.4</h2>
    <p>This release makes <strong>search faster</strong> and fixes the <em>export</em> button.</p>
    <ul><li>Search answers in half the time</li><li>Exports keep their formatting</li></ul>
    <p>Read the <a href="#details">details</a> below.</p>
  </div>
  <p><button id="save" type="button">Save draft</button> <span id="saved"></span></p>
</div>
<script src="/quill/quill.js"></script>
<script>
  var quill = new Quill('#editor', { theme: 'snow', modules: { toolbar: '#toolbar', history: { delay: 1000 } } });
  document.getElementById('save').addEventListener('click', function () {
    localStorage.setItem('draft', JSON.stringify(quill.getContents()));
    document.getElementById('saved').textContent = 'Saved at ' + new Date().toLocaleTimeString();
  });
</script>`;

export const quillEditor: WildApp = {
  id: "quill",
  description: "Quill's rich text editor, snow theme with the full toolbar (pickers, marks, colours, lists, links), and a save button",
  packages: ["quill"],
  pages: { "/": html({ title: "Quill editor", head: `<link href="/quill/quill.snow.css" rel="stylesheet">`, body }) },
  mounts: { "/quill/": "node_modules/quill/dist/" },
  steps: async (d) => {
    await d.click("#editor .ql-editor p", "the first paragraph");
    await d.press("End");
    await d.type(" Thanks to everyone who reported bugs.", "at the end of the paragraph");
    await d.press("Enter", "(new paragraph)");
    await d.type("Known issues", "a heading");
    await d.dblclick("#editor .ql-editor p >> nth=1", "a word to select it");
    await d.click(".ql-bold", "Bold");
    await d.click(".ql-italic", "Italic");
    await d.press("Control+b", "(bold off again)");
    await d.click(".ql-header[value='2']", "Heading 2");
    await d.click(".ql-color .ql-picker-label", "the colour picker");
    await d.click(".ql-color .ql-picker-item >> nth=5", "a colour");
    await d.click(".ql-size .ql-picker-label", "the size picker");
    await d.click(".ql-size .ql-picker-item >> nth=2", "a size");
    await d.click(".ql-list[value='bullet']", "Bullet list");
    await d.click(".ql-link", "Link");
    await d.type("https://example.com/notes", "into the link box");
    await d.press("Enter", "(save the link)");
    await d.press("Control+z", "(undo)");
    await d.press("Control+z", "(undo)");
    await d.click("#save", "Save draft");
  },
  realFailures: [],
};
