// A three.js WebGL scene as its examples build one (build/three.module.js and examples/jsm through
// an import map): lit meshes on a floor, OrbitControls (rotate, zoom, pan), a click that picks an
// object by raycasting, and a lil-gui panel (sliders, checkboxes, a colour, a dropdown, a button).
import type { WildApp } from "../types";
import { html } from "./html";

const body = `
<div id="info" style="position:absolute;top:8px;left:8px;color:#fff;font:14px system-ui">Drag to rotate, wheel to zoom, right-drag to pan. Click an object to pick it. <span id="picked"></span></div>
<script type="importmap">{ "imports": { "three": "/three/build/three.module.js", "three/addons/": "/three/examples/jsm/" } }</script>
<script type="module">
  import * as THREE from 'three';
  import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
  import GUI from 'three/addons/libs/lil-gui.module.min.js';

  // no antialiasing: CI machines render WebGL in software, and each frame must stay short
  const renderer = new THREE.WebGLRenderer({ antialias: false });
  renderer.setPixelRatio(devicePixelRatio);
  renderer.setSize(innerWidth, innerHeight);
  document.body.appendChild(renderer.domElement);
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0x202830);
  const camera = new THREE.PerspectiveCamera(50, innerWidth / innerHeight, 0.1, 100);
  camera.position.set(4, 3, 6);
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.enableDamping = true;
  scene.add(new THREE.HemisphereLight(0xffffff, 0x444444, 2));
  const sun = new THREE.DirectionalLight(0xffffff, 2);
  sun.position.set(3, 5, 2);
  scene.add(sun);
  const floor = new THREE.Mesh(new THREE.PlaneGeometry(12, 12), new THREE.MeshStandardMaterial({ color: 0x556655 }));
  floor.rotation.x = -Math.PI / 2;
  scene.add(floor);
  const params = { spin: true, speed: 1, color: '#e07040', shape: 'knot', wireframe: false, reset: () => controls.reset() };
  const material = new THREE.MeshStandardMaterial({ color: params.color });
  const shapes = { knot: new THREE.TorusKnotGeometry(0.7, 0.25, 128, 16), box: new THREE.BoxGeometry(1.2, 1.2, 1.2), sphere: new THREE.SphereGeometry(0.9, 48, 24) };
  const hero = new THREE.Mesh(shapes.knot, material);
  hero.position.y = 1.2;
  hero.name = 'hero';
  scene.add(hero);
  const others = [];
  for (let i = 0; i < 5; i++) {
    const m = new THREE.Mesh(new THREE.BoxGeometry(0.6, 0.6, 0.6), new THREE.MeshStandardMaterial({ color: 0x4080c0 }));
    m.position.set(Math.cos(i * 1.25) * 3, 0.3, Math.sin(i * 1.25) * 3);
    m.name = 'box ' + (i + 1);
    scene.add(m);
    others.push(m);
  }
  const gui = new GUI({ title: 'Scene' });
  gui.add(params, 'spin').name('Spin');
  gui.add(params, 'speed', 0, 4, 0.1).name('Speed');
  gui.addColor(params, 'color').name('Colour').onChange((c) => material.color.set(c));
  gui.add(params, 'shape', Object.keys(shapes)).name('Shape').onChange((s) => (hero.geometry = shapes[s]));
  gui.add(params, 'wireframe').name('Wireframe').onChange((w) => (material.wireframe = w));
  gui.add(params, 'reset').name('Reset view');
  // picking: a click (not a drag) selects the object under the pointer, highlighted in the scene
  const ray = new THREE.Raycaster();
  let down;
  renderer.domElement.addEventListener('pointerdown', (e) => (down = [e.clientX, e.clientY]));
  renderer.domElement.addEventListener('pointerup', (e) => {
    if (!down || Math.hypot(e.clientX - down[0], e.clientY - down[1]) > 4) return;
    ray.setFromCamera(new THREE.Vector2((e.clientX / innerWidth) * 2 - 1, -(e.clientY / innerHeight) * 2 + 1), camera);
    const hit = ray.intersectObjects([hero, ...others])[0];
    for (const o of others) o.material.emissive.set(0x000000);
    if (hit && hit.object !== hero) hit.object.material.emissive.set(0x333300);
  });
  addEventListener('resize', () => { camera.aspect = innerWidth / innerHeight; camera.updateProjectionMatrix(); renderer.setSize(innerWidth, innerHeight) });
  const clock = new THREE.Clock();
  renderer.setAnimationLoop(() => {
    const dt = clock.getDelta();
    if (params.spin) hero.rotation.y += dt * params.speed;
    controls.update();
    renderer.render(scene, camera);
  });
</script>`;

export const threeScene: WildApp = {
  id: "three",
  description: "a three.js WebGL scene: meshes on a floor, OrbitControls, raycast picking, a lil-gui panel",
  packages: ["three"],
  pages: { "/": html({ title: "three.js scene", head: `<style>body{margin:0;overflow:hidden;background:#000}</style>`, body }) },
  mounts: { "/three/": "node_modules/three/" },
  // software WebGL makes each drag take 2–5 s here (12–16 interactions in the default 34 s): a
  // longer visit keeps it well past the spec's 10 interactions on a busy machine
  visitMs: 60_000,
  steps: async (d) => {
    await d.drag("canvas", 160, 0, "the scene (rotate)");
    await d.drag("canvas", -60, 50, "the scene (rotate)");
    await d.wheel("canvas", -400, "the scene (zoom in)");
    await d.wheel("canvas", 250, "the scene (zoom out)");
    await d.click("canvas", "a box in the scene (pick it)", { position: { x: 640, y: 520 } });
    await d.click("canvas", "the empty floor (unpick)", { position: { x: 200, y: 700 } });
    // the boxes picked one after another, quickly, as in a viewer or a game
    await d.clicks("canvas", 4, 300, "the boxes one after another", [
      { x: 640, y: 520 },
      { x: 900, y: 470 },
      { x: 420, y: 430 },
      { x: 760, y: 380 },
    ]);
    // rotating by small drags, one after another, as people look around an object
    for (let i = 0; i < 2; i++) await d.drag("canvas", 40, 0, "the scene (a small turn)", { x: 0.4, y: 0.6 });
    await d.choose(".lil-gui .controller.option select", "box", "the Shape dropdown");
    await d.click(".lil-gui .controller.boolean input >> nth=0", "Spin (stop)");
    await d.click(".lil-gui .controller.boolean input >> nth=0", "Spin (start again)");
    await d.click(".lil-gui .controller.function button", "Reset view");
  },
  realFailures: [],
};
