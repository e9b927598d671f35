// Chart.js charts as its samples page builds them: a bar chart and a line chart with the samples'
// actions (randomize, add or remove a dataset or a point), and a doughnut; legends toggle datasets,
// tooltips follow the pointer. Data come from a seeded generator, so every run draws the same.
import type { WildApp } from "../types";
import { html } from "./html";

const body = `
<main style="font:14px system-ui;max-width:1000px;margin:12px auto">
  <h1 style="font-size:20px">Sales dashboard</h1>
  <div style="display:grid;grid-template-columns:2fr 1fr;gap:16px">
    <div><canvas id="bar" height="220"></canvas></div>
    <div><canvas id="doughnut" height="220"></canvas></div>
    <div><canvas id="line" height="200"></canvas></div>
    <div id="actions" style="display:flex;flex-direction:column;gap:6px;align-items:flex-start">
      <button id="randomize">Randomize</button>
      <button id="addDataset">Add Dataset</button>
      <button id="addData">Add Data</button>
      <button id="removeDataset">Remove Dataset</button>
      <button id="removeData">Remove Data</button>
      <label><input type="checkbox" id="stacked"> Stacked bars</label>
      <label>Line tension <input type="range" id="tension" min="0" max="0.5" step="0.1" value="0.3"></label>
    </div>
  </div>
</main>
<script src="/chartjs/chart.umd.min.js"></script>
<script>
  var seed = 7;
  function rand() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }
  function numbers(n) { var a = []; for (var i = 0; i < n; i++) a.push(Math.round(rand() * 100)); return a }
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  var COLORS = ['#4dc9f6', '#f67019', '#f53794', '#537bc4', '#acc236', '#166a8f', '#00a950', '#58595b', '#8549ba'];
  var bar = new Chart(document.getElementById('bar'), {
    type: 'bar',
    data: { labels: MONTHS.slice(0, 7), datasets: [{ label: 'Dataset 1', data: numbers(7), backgroundColor: COLORS[0] }, { label: 'Dataset 2', data: numbers(7), backgroundColor: COLORS[1] }] },
    options: { responsive: true, plugins: { title: { display: true, text: 'Bar chart' } } }
  });
  var line = new Chart(document.getElementById('line'), {
    type: 'line',
    data: { labels: MONTHS.slice(0, 7), datasets: [{ label: 'Visitors', data: numbers(7), borderColor: COLORS[3], tension: 0.3 }, { label: 'Buyers', data: numbers(7), borderColor: COLORS[4], tension: 0.3 }] },
    options: { responsive: true, interaction: { mode: 'index', intersect: false } }
  });
  new Chart(document.getElementById('doughnut'), {
    type: 'doughnut',
    data: { labels: ['Red', 'Orange', 'Yellow', 'Green', 'Blue'], datasets: [{ data: numbers(5), backgroundColor: COLORS.slice(0, 5) }] },
    options: { responsive: true }
  });
  document.getElementById('randomize').onclick = function () { bar.data.datasets.forEach(function (d) { d.data = numbers(bar.data.labels.length) }); bar.update() };
  document.getElementById('addDataset').onclick = function () { var n = bar.data.datasets.length; bar.data.datasets.push({ label: 'Dataset ' + (n + 1), data: numbers(bar.data.labels.length), backgroundColor: COLORS[n % COLORS.length] }); bar.update() };
  document.getElementById('addData').onclick = function () { if (bar.data.labels.length < 12) { bar.data.labels.push(MONTHS[bar.data.labels.length]); bar.data.datasets.forEach(function (d) { d.data.push(Math.round(rand() * 100)) }); bar.update() } };
  document.getElementById('removeDataset').onclick = function () { bar.data.datasets.pop(); bar.update() };
  document.getElementById('removeData').onclick = function () { bar.data.labels.pop(); bar.data.datasets.forEach(function (d) { d.data.pop() }); bar.update() };
  document.getElementById('stacked').onchange = function () { bar.options.scales.x.stacked = bar.options.scales.y.stacked = this.checked; bar.update() };
  document.getElementById('tension').oninput = function () { var t = Number(this.value); line.data.datasets.forEach(function (d) { d.tension = t }); line.update() };
</script>`;

export const chartjsDashboard: WildApp = {
  id: "chart.js",
  description: "Chart.js bar, line and doughnut charts with the samples' actions (randomize, add/remove data and datasets), legend toggling, tooltips",
  packages: ["chart.js"],
  pages: { "/": html({ title: "Chart.js dashboard", body }) },
  mounts: { "/chartjs/": "node_modules/chart.js/dist/" },
  steps: async (d) => {
    // the legends are drawn on the canvas: Chart.js says where each item is
    const legendItem = async (id: string, i: number) =>
      (await d.page.evaluate(`(function(){var b=Chart.getChart(${JSON.stringify(id)}).legend.legendHitBoxes[${i}];return {x:b.left+b.width/2,y:b.top+b.height/2}})()`)) as { x: number; y: number };
    await d.hover("#bar", "the bars (tooltips)", { x: 200, y: 150 });
    await d.hover("#line", "the line chart (tooltips)", { x: 300, y: 100 });
    await d.click("#bar", "the bar chart's legend: Dataset 1 (hide it)", { position: await legendItem("bar", 0) });
    await d.click("#bar", "the bar chart's legend: Dataset 1 (show it again)", { position: await legendItem("bar", 0) });
    // a series flicked off and on a few times, quickly, to compare
    await d.clicks("#bar", 4, 300, "the bar chart's legend: Dataset 2", [await legendItem("bar", 1)]);
    await d.click("#doughnut", "the doughnut's legend: Orange", { position: await legendItem("doughnut", 1) });
    await d.click("#line", "the line chart's legend: Buyers", { position: await legendItem("line", 1) });
    await d.click("#randomize", "Randomize");
    await d.click("#addDataset", "Add Dataset");
    // several months added in a row, quickly
    await d.clicks("#addData", 4, 300, "Add Data");
    await d.click("#removeData", "Remove Data");
  },
  realFailures: [],
};
