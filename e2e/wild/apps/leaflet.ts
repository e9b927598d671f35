// A Leaflet map that needs no tile server: base layers drawn locally on canvas tiles (a GridLayer,
// as Leaflet's docs show), a GeoJSON overlay of places, roads and areas with popups, markers, a
// layers control, the scale, and the zoom buttons.
import type { WildApp } from "../types";
import { html } from "./html";

const body = `
<h1 style="font:600 20px system-ui;margin:8px">Parks of a made-up city</h1>
<div id="map" style="height:560px;margin:8px"></div>
<p id="picked" style="font:14px system-ui;margin:8px">Click a place on the map.</p>
<script src="/leaflet/leaflet.js"></script>
<script>
  // tiles drawn on the page, in two styles: the map works without any tile server
  function tiles(fill, line) {
    var Layer = L.GridLayer.extend({
      createTile: function (c) {
        var t = document.createElement('canvas'), s = this.getTileSize();
        t.width = s.x; t.height = s.y;
        var g = t.getContext('2d');
        g.fillStyle = fill; g.fillRect(0, 0, s.x, s.y);
        g.strokeStyle = line; g.strokeRect(0, 0, s.x, s.y);
        g.fillStyle = line; g.font = '12px sans-serif'; g.fillText(c.z + '/' + c.x + '/' + c.y, 8, 20);
        return t;
      }
    });
    return new Layer({ attribution: 'Drawn locally' });
  }
  var streets = tiles('#eef2e6', '#9aa88a'), night = tiles('#1f2833', '#45a29e');
  var map = L.map('map', { center: [48.8566, 2.3522], zoom: 13, layers: [streets] });
  var places = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'North park', kind: 'park' }, geometry: { type: 'Polygon', coordinates: [[[2.33, 48.87], [2.35, 48.872], [2.352, 48.865], [2.332, 48.862], [2.33, 48.87]]] } },
      { type: 'Feature', properties: { name: 'River walk', kind: 'path' }, geometry: { type: 'LineString', coordinates: [[2.32, 48.85], [2.34, 48.853], [2.36, 48.851], [2.38, 48.855]] } },
      { type: 'Feature', properties: { name: 'Museum', kind: 'place' }, geometry: { type: 'Point', coordinates: [2.3376, 48.8606] } },
      { type: 'Feature', properties: { name: 'Old bridge', kind: 'place' }, geometry: { type: 'Point', coordinates: [2.3488, 48.853] } },
      { type: 'Feature', properties: { name: 'Market', kind: 'place' }, geometry: { type: 'Point', coordinates: [2.37, 48.86] } }
    ]
  };
  var overlay = L.geoJSON(places, {
    style: function (f) { return { color: f.properties.kind === 'park' ? '#2e7d32' : '#1565c0', weight: 4 } },
    onEachFeature: function (f, layer) {
      layer.bindPopup('<b>' + f.properties.name + '</b><br>A ' + f.properties.kind + ' of the city.');
      layer.on('click', function () { document.getElementById('picked').textContent = 'You picked ' + f.properties.name; });
    }
  }).addTo(map);
  var circle = L.circle([48.845, 2.36], { radius: 400, color: '#c62828' }).bindPopup('A circle of 400 m').addTo(map);
  L.control.layers({ Streets: streets, Night: night }, { Places: overlay, Circle: circle }, { collapsed: false }).addTo(map);
  L.control.scale().addTo(map);
</script>`;

export const leafletMap: WildApp = {
  id: "leaflet",
  description: "a Leaflet map: locally drawn canvas tiles, a GeoJSON overlay with popups, markers, layers control, scale, zoom buttons",
  packages: ["leaflet"],
  pages: { "/": html({ title: "City map", head: `<link rel="stylesheet" href="/leaflet/leaflet.css">`, body }) },
  mounts: { "/leaflet/": "node_modules/leaflet/dist/" },
  steps: async (d) => {
    await d.click(".leaflet-marker-icon", "a marker");
    await d.click(".leaflet-popup-close-button", "the popup's close button");
    await d.drag("#map", -200, -80, "the map (pan)");
    await d.drag("#map", 150, 120, "the map (pan back)");
    await d.wheel("#map", -300, "the map (zoom in)");
    await d.wheel("#map", 300, "the map (zoom out)");
    // zooming in step by step with the + button, quickly, as people do to reach a street
    await d.clicks(".leaflet-control-zoom-in", 4, 300, "the zoom-in button");
    await d.click(".leaflet-control-zoom-out", "the zoom-out button");
    await d.dblclick("#map", "the map (zoom in)");
    await d.click("#map", "the map (focus it for the keyboard)", { position: { x: 60, y: 500 } });
    await d.press("ArrowRight", "(pan the map)");
    await d.press("ArrowDown", "(pan the map)");
    await d.press("-", "(zoom the map out)");
    await d.click(".leaflet-control-layers-base label:nth-child(2)", "the Night base layer");
  },
  realFailures: [],
};
