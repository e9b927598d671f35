// Tom Select controls as its examples page shows them (tom-select.complete: every plugin): a
// searchable single select, a multi-select with remove buttons, a tagging input that creates
// items, option groups with checkboxes, and a clear button.
import type { WildApp } from "../types";
import { html } from "./html";

const COUNTRIES = ["Argentina", "Australia", "Brazil", "Canada", "Chile", "France", "Germany", "India", "Italy", "Japan", "Kenya", "Mexico", "Norway", "Peru", "Spain", "Sweden"];
const options = COUNTRIES.map((c) => `<option value="${c.toLowerCase()}">${c}</option>`).join("");

const body = `
<main style="font:14px system-ui;max-width:640px;margin:24px auto;display:grid;gap:18px">
  <h1 style="font-size:20px">Trip planner</h1>
  <label>From <select id="from" placeholder="Pick a country…"><option value="">Pick a country…</option>${options}</select></label>
  <label>Visiting <select id="visiting" multiple placeholder="Countries to visit…">${options}</select></label>
  <label>Tags <input id="tags" value="beach,food" placeholder="Add a tag…"></label>
  <label>Season <select id="season" multiple placeholder="Months…">
    <optgroup label="Spring"><option>March</option><option>April</option><option>May</option></optgroup>
    <optgroup label="Summer"><option>June</option><option>July</option><option>August</option></optgroup>
    <optgroup label="Autumn"><option>September</option><option>October</option><option>November</option></optgroup>
  </select></label>
  <label>Budget <select id="budget"><option value="low">Low</option><option value="mid" selected>Medium</option><option value="high">High</option></select></label>
  <p id="summary"></p>
</main>
<script src="/tom-select/js/tom-select.complete.min.js"></script>
<script>
  function summary() { document.getElementById('summary').textContent = 'From ' + (document.getElementById('from').value || '?') + ', ' + document.getElementById('visiting').selectedOptions.length + ' countries' }
  new TomSelect('#from', { create: false, sortField: { field: 'text', direction: 'asc' }, onChange: summary });
  new TomSelect('#visiting', { plugins: ['remove_button'], maxItems: 5, onChange: summary });
  new TomSelect('#tags', { plugins: ['remove_button', 'restore_on_backspace'], create: true, persist: false, delimiter: ',' });
  new TomSelect('#season', { plugins: ['checkbox_options', 'optgroup_columns'] });
  new TomSelect('#budget', { plugins: ['clear_button'], allowEmptyOption: false });
</script>`;

export const tomSelectControls: WildApp = {
  id: "tom-select",
  description: "Tom Select controls: searchable single select, multi-select with remove buttons, tag creation, option groups with checkboxes, clear button",
  packages: ["tom-select"],
  pages: { "/": html({ title: "Tom Select", head: `<link rel="stylesheet" href="/tom-select/css/tom-select.css">`, body }) },
  mounts: { "/tom-select/": "node_modules/tom-select/dist/" },
  steps: async (d) => {
    await d.click("#from-ts-control", "the From control");
    await d.type("fr", "the start of a country");
    await d.press("Enter", "(take the match)");
    await d.click("#visiting-ts-control", "the Visiting control");
    await d.click("#visiting-ts-dropdown .option >> nth=2", "a country in the list");
    await d.click("#visiting-ts-dropdown .option >> nth=4", "another country");
    await d.press("Escape", "(close the list)");
    await d.click(".ts-wrapper.multi .item .remove >> nth=0", "the remove button of a country");
    await d.click("#tags-ts-control", "the Tags control");
    await d.type("museums", "a new tag");
    await d.press("Enter", "(create it)");
    await d.press("Backspace", "(take the last tag back to edit it)");
    await d.click("#season-ts-control", "the Season control");
    await d.click("#season-ts-dropdown .option >> nth=3", "June");
    await d.click("#season-ts-dropdown .option >> nth=3", "June again (unchecks it)");
    await d.press("Escape", "(close the list)");
    await d.click(".ts-wrapper .clear-button", "the Budget's clear button");
  },
  realFailures: [],
};
