// jQuery UI's widgets as its demos show them, on one page: accordion, tabs, a modal dialog with
// buttons, datepicker, slider, spinner, autocomplete, selectmenu, menu, checkboxradio and
// controlgroup, progressbar, a sortable list, a draggable box, tooltips.
import type { WildApp } from "../types";
import { html } from "./html";

const body = `
<main style="font:14px system-ui;max-width:900px;margin:12px auto;display:grid;grid-template-columns:1fr 1fr;gap:18px">
  <section><h2>Accordion</h2>
    <div id="accordion">
      <h3>Section 1</h3><div><p>Mauris mauris ante, blandit et, ultrices a, suscipit eget, quam.</p></div>
      <h3>Section 2</h3><div><p>Sed non urna. Donec et ante. Phasellus eu ligula.</p></div>
      <h3>Section 3</h3><div><p>Nam enim risus, molestie et, porta ac, aliquam ac, risus.</p></div>
    </div>
  </section>
  <section><h2>Tabs</h2>
    <div id="tabs">
      <ul><li><a href="#tabs-1">Nunc tincidunt</a></li><li><a href="#tabs-2">Proin dolor</a></li><li><a href="#tabs-3">Aenean lacinia</a></li></ul>
      <div id="tabs-1"><p>Proin elit arcu, rutrum commodo, vehicula tempus.</p></div>
      <div id="tabs-2"><p>Morbi tincidunt, dui sit amet facilisis feugiat.</p></div>
      <div id="tabs-3"><p>Mauris eleifend est et turpis.</p></div>
    </div>
  </section>
  <section><h2>Dialog</h2>
    <button id="opener">Delete items…</button>
    <div id="dialog-confirm" title="Empty the recycle bin?"><p>These items will be permanently deleted and cannot be recovered. Are you sure?</p></div>
    <p id="dialog-out"></p>
  </section>
  <section><h2>Datepicker</h2><p>Date: <input type="text" id="datepicker"></p></section>
  <section><h2>Slider and progressbar</h2><div id="slider"></div><p>Volume: <span id="amount">30</span></p><div id="progressbar"></div></section>
  <section><h2>Spinner</h2><p><label for="spinner">Quantity:</label> <input id="spinner" name="value" value="3"></p></section>
  <section><h2>Autocomplete</h2><p><label for="tags">Language:</label> <input id="tags"></p></section>
  <section><h2>Selectmenu</h2>
    <label for="speed">Select a speed</label>
    <select name="speed" id="speed"><option>Slower</option><option>Slow</option><option selected="selected">Medium</option><option>Fast</option><option>Faster</option></select>
  </section>
  <section><h2>Menu</h2>
    <ul id="menu" style="width:180px">
      <li><div>Books</div></li><li><div>Clothing</div></li>
      <li><div>Electronics</div><ul><li><div>Car hifi</div></li><li><div>Utilities</div></li></ul></li>
      <li><div>Music</div></li>
    </ul>
  </section>
  <section><h2>Checkboxradio and controlgroup</h2>
    <div class="controlgroup">
      <label for="insurance">Insurance</label><input type="checkbox" name="insurance" id="insurance">
      <label for="r1">Standard</label><input type="radio" name="ship" id="r1" checked>
      <label for="r2">Express</label><input type="radio" name="ship" id="r2">
      <button id="book">Book now!</button>
    </div>
  </section>
  <section><h2>Sortable</h2>
    <ul id="sortable" style="list-style:none;padding:0;width:220px">
      <li class="ui-state-default" style="margin:3px;padding:4px">Item 1</li><li class="ui-state-default" style="margin:3px;padding:4px">Item 2</li>
      <li class="ui-state-default" style="margin:3px;padding:4px">Item 3</li><li class="ui-state-default" style="margin:3px;padding:4px">Item 4</li>
    </ul>
  </section>
  <section><h2>Draggable</h2><div id="draggable" class="ui-widget-content" style="width:120px;height:80px;padding:6px">Drag me around</div></section>
  <section><h2>Tooltip</h2><p><a href="#" title="That's what this widget is">Tooltips</a> can be attached to any element.</p></section>
</main>
<script src="/jquery/jquery.min.js"></script>
<script src="/jquery-ui/jquery-ui.min.js"></script>
<script>
  $(function () {
    $('#accordion').accordion();
    $('#tabs').tabs();
    $('#dialog-confirm').dialog({ autoOpen: false, resizable: false, modal: true, width: 400, buttons: {
      'Delete all items': function () { $('#dialog-out').text('Deleted.'); $(this).dialog('close') },
      Cancel: function () { $(this).dialog('close') }
    } });
    $('#opener').on('click', function () { $('#dialog-confirm').dialog('open') });
    $('#datepicker').datepicker();
    $('#slider').slider({ value: 30, slide: function (e, ui) { $('#amount').text(ui.value); $('#progressbar').progressbar('value', ui.value) } });
    $('#progressbar').progressbar({ value: 30 });
    $('#spinner').spinner({ min: 0, max: 10 });
    $('#tags').autocomplete({ source: ['ActionScript', 'AppleScript', 'Asp', 'BASIC', 'C', 'C++', 'Clojure', 'COBOL', 'ColdFusion', 'Erlang', 'Fortran', 'Groovy', 'Haskell', 'Java', 'JavaScript', 'Lisp', 'Perl', 'PHP', 'Python', 'Ruby', 'Scala', 'Scheme'] });
    $('#speed').selectmenu();
    $('#menu').menu();
    $('.controlgroup').controlgroup();
    $('#book').on('click', function () { $(this).button('option', 'label', 'Booked') });
    $('#sortable').sortable();
    $('#draggable').draggable();
    $(document).tooltip();
  });
</script>`;

export const jqueryUiWidgets: WildApp = {
  id: "jquery-ui",
  description: "jQuery UI's widgets: accordion, tabs, modal dialog, datepicker, slider, spinner, autocomplete, selectmenu, menu, controlgroup, sortable, draggable, tooltips",
  packages: ["jquery-ui", "jquery"],
  pages: { "/": html({ title: "jQuery UI widgets", head: `<link rel="stylesheet" href="/jquery-ui/themes/base/jquery-ui.min.css">`, body }) },
  mounts: { "/jquery/": "node_modules/jquery/dist/", "/jquery-ui/": "node_modules/jquery-ui/dist/" },
  steps: async (d) => {
    await d.click("#accordion h3 >> nth=1", "accordion Section 2");
    await d.click("#accordion h3 >> nth=1", "accordion Section 2 again (already open)");
    await d.click("#tabs a[href='#tabs-2']", "the Proin dolor tab");
    await d.click("#opener", "Delete items…");
    await d.click(".ui-dialog-buttonset button >> nth=1", "Cancel in the dialog");
    // the spinner's up arrow, a few quick steps to the quantity wanted
    await d.clicks(".ui-spinner-up", 4, 250, "the spinner's up arrow");
    await d.click("#datepicker", "the date field");
    await d.clicks(".ui-datepicker-next", 4, 300, "the datepicker's next month");
    await d.click(".ui-datepicker-calendar a >> nth=9", "a day");
    await d.click("#tags", "the Language field");
    await d.type("ja", "the start of a language");
    await d.press("ArrowDown", "(the first suggestion)");
    await d.press("Enter", "(take it)");
    await d.drag("#slider .ui-slider-handle", 80, 0, "the slider's handle");
    await d.click("#speed-button", "the speed selectmenu");
    await d.click("#speed-menu li >> nth=3", "Fast");
    await d.drag("#sortable li >> nth=0", 0, 70, "Item 1 below Item 3");
    await d.drag("#draggable", 60, 30, "the draggable box");
  },
  realFailures: [],
};
