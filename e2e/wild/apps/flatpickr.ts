// flatpickr date pickers as its examples page shows them: a plain date, a date with time, a range,
// a date with "Today" confirm, a month picker (plugins), and an always-open inline calendar.
import type { WildApp } from "../types";
import { html } from "./html";

const body = `
<main style="font:15px system-ui;max-width:720px;margin:24px auto;display:grid;gap:14px">
  <h1 style="font-size:20px">Book a room</h1>
  <label>Arrival <input id="date" placeholder="Select a date"></label>
  <label>Meeting at <input id="datetime" placeholder="Date and time"></label>
  <label>Stay <input id="range" placeholder="From – to"></label>
  <label>Checkout <input id="confirm" placeholder="With a confirm button"></label>
  <label>Billing month <input id="month" placeholder="Month"></label>
  <div><p>Availability</p><div id="inline"></div></div>
  <p id="chosen">Nothing chosen yet.</p>
</main>
<script src="/flatpickr/flatpickr.min.js"></script>
<script src="/flatpickr/plugins/confirmDate/confirmDate.js"></script>
<script src="/flatpickr/plugins/monthSelect/index.js"></script>
<script>
  function show(label) { return function (dates, text) { document.getElementById('chosen').textContent = label + ': ' + (text || 'cleared') } }
  flatpickr('#date', { onChange: show('Arrival') });
  flatpickr('#datetime', { enableTime: true, dateFormat: 'Y-m-d H:i', onChange: show('Meeting') });
  flatpickr('#range', { mode: 'range', onChange: show('Stay') });
  flatpickr('#confirm', { enableTime: true, plugins: [new confirmDatePlugin({ confirmText: 'OK ' })], onChange: show('Checkout') });
  flatpickr('#month', { plugins: [new monthSelectPlugin({ shorthand: true, dateFormat: 'm.y' })], onChange: show('Billing month') });
  flatpickr('#inline', { inline: true, mode: 'multiple', onChange: show('Available') });
</script>`;

export const flatpickrPickers: WildApp = {
  id: "flatpickr",
  description: "flatpickr date pickers: date, date and time, range, confirm-date and month-select plugins, an inline calendar",
  packages: ["flatpickr"],
  pages: {
    "/": html({
      title: "flatpickr",
      head: `<link rel="stylesheet" href="/flatpickr/flatpickr.min.css"><link rel="stylesheet" href="/flatpickr/plugins/confirmDate/confirmDate.css"><link rel="stylesheet" href="/flatpickr/plugins/monthSelect/style.css">`,
      body,
    }),
  },
  mounts: { "/flatpickr/": "node_modules/flatpickr/dist/" },
  steps: async (d) => {
    await d.click("#date", "the Arrival field");
    // a few months ahead with the arrow, quickly, as people look for a date
    await d.clicks(".flatpickr-calendar.open .flatpickr-next-month", 4, 300, "the next-month arrow");
    await d.click(".flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay):not(.nextMonthDay) >> nth=10", "a day");
    await d.click("#range", "the Stay field");
    await d.click(".flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay) >> nth=3", "the first day of the stay");
    await d.click(".flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay) >> nth=8", "the last day of the stay");
    await d.click("#datetime", "the Meeting field");
    await d.click(".flatpickr-calendar.open .flatpickr-day.today", "today");
    await d.click(".flatpickr-calendar.open .flatpickr-hour", "the hour");
    await d.press("ArrowUp", "(one hour later)");
    await d.type("9", "an hour");
    await d.press("Escape", "(close the picker)");
    await d.click(".flatpickr-calendar.inline .flatpickr-next-month", "the inline calendar's next month");
    await d.click(".flatpickr-calendar.inline .flatpickr-day:not(.prevMonthDay) >> nth=4", "an available day");
    await d.click(".flatpickr-calendar.inline .flatpickr-day:not(.prevMonthDay) >> nth=5", "another available day");
    await d.click(".flatpickr-calendar.inline .flatpickr-day:not(.prevMonthDay) >> nth=5", "that day again (unselect it)");
  },
  realFailures: [],
};
