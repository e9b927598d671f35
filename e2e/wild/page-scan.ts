// What the generic driver can act on, read from the page without changing it: no attribute is set
// on the app's elements (a change near an element is what the SDK takes for an answer, so marking
// elements would hide the very false apologies the suite looks for). Each element is named by a
// CSS path instead. The scripts are plain JavaScript strings: a function handed to page.evaluate
// is sent as its source, and a TypeScript runner may add helpers to that source the page lacks.

export type Kind = "click" | "check" | "select" | "text" | "textarea" | "editable" | "range" | "picker" | "canvas" | "media";

export interface Candidate {
  path: string;
  kind: Kind;
  /** tag, role and type: button, a, div[role=tab], input[type=search] */
  tag: string;
  label: string;
  /** tag, role, type and classes: controls that look alike share it */
  sig: string;
  /** in the viewport and on top at its centre ("yes"), covered by something else ("no"), or not in view */
  hit: "yes" | "no" | "offscreen";
  /** covered by the apology toast itself */
  underToast: boolean;
}

// Shared by both scripts: the element's kind (or null: not something a person acts on), its label,
// its CSS path, and whether a click at its centre reaches it.
const COMMON = String.raw`
var SEL = "button,a[href],summary,select,input,textarea,[contenteditable=''],[contenteditable=true],canvas,video,audio,label[for]," +
  "[role=button],[role=link],[role=menuitem],[role=menuitemcheckbox],[role=menuitemradio],[role=tab],[role=option],[role=checkbox],[role=radio],[role=switch],[role=treeitem],[role=slider]";
var TEXT = /^(text|search|email|url|tel|number|password)$/;
var PICKER = /^(date|time|datetime-local|month|week|color|file)$/;
function kindOf(el) {
  var tag = el.localName, type = (el.getAttribute("type") || "text").toLowerCase(), role = el.getAttribute("role");
  if (tag === "input") {
    if (type === "hidden") return null;
    if (type === "checkbox" || type === "radio") return "check";
    if (type === "range") return "range";
    if (PICKER.test(type)) return "picker";
    if (TEXT.test(type)) return el.readOnly ? "click" : "text";
    return "click";
  }
  if (tag === "textarea") return el.readOnly ? null : "textarea";
  if (tag === "select") return "select";
  if (tag === "canvas") return "canvas";
  if (tag === "video" || tag === "audio") return "media";
  if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) return "editable";
  if (el.isContentEditable) return null;
  if (role === "slider") return "range";
  if (role === "checkbox" || role === "radio" || role === "switch" || role === "menuitemcheckbox" || role === "menuitemradio") return "check";
  return "click";
}
function leaves(el) {
  var a = el.closest("a[href]");
  if (!a) return false;
  if (a.protocol === "javascript:") return false;
  if (a.origin !== location.origin) return true;
  if (a.hasAttribute("download")) return true;
  var t = a.getAttribute("target");
  return !!t && t !== "_self";
}
// a field is named by its label, never by its value (typing must not make it another element)
function labelOf(el) {
  var field = el.localName === "select" || el.localName === "textarea" || el.isContentEditable || (el.localName === "input" && !/^(button|submit|reset|image)$/.test(el.type));
  var s = el.getAttribute("aria-label") || el.getAttribute("title") ||
    (field ? (el.labels && el.labels[0] && el.labels[0].innerText) || el.getAttribute("placeholder") : el.innerText || el.value) ||
    el.getAttribute("name") || el.getAttribute("alt") || el.id || (typeof el.className === "string" ? el.className : "") || "";
  return String(s).trim().replace(/\s+/g, " ").slice(0, 40);
}
// what kind of control it looks like: the first pass tries one of each before their look-alikes
function sigOf(el) {
  return tagOf(el) + "." + Array.prototype.slice.call(el.classList).sort().join(".");
}
function tagOf(el) {
  var t = el.localName, role = el.getAttribute("role"), type = el.getAttribute("type");
  return t + (role ? "[role=" + role + "]" : "") + (type && t === "input" ? "[type=" + type + "]" : "");
}
function pathOf(el) {
  var parts = [], e = el;
  while (e && e !== document.documentElement) {
    if (e.id && /^[A-Za-z][\w-]*$/.test(e.id) && document.querySelectorAll("#" + e.id).length === 1) { parts.unshift("#" + e.id); return parts.join(" > "); }
    var p = e.parentElement;
    if (!p) return null;
    parts.unshift(e.localName + ":nth-child(" + (Array.prototype.indexOf.call(p.children, e) + 1) + ")");
    e = p;
  }
  return "html > " + parts.join(" > ");
}
function hitOf(el) {
  var r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return ["offscreen", false];
  var h = document.elementFromPoint(x, y);
  if (!h) return ["offscreen", false];
  if (h === el || el.contains(h) || (h.control && h.control === el)) return ["yes", false];
  return ["no", !!h.closest("[data-mea-culpa]")];
}
function shown(el) {
  if (el.getRootNode() !== document || el.closest("[data-mea-culpa],[inert]")) return false;
  if (el.matches(":disabled,[aria-disabled=true]")) return false;
  var r = el.getBoundingClientRect();
  if (r.width < 4 || r.height < 4) return false;
  var cs = getComputedStyle(el);
  return cs.visibility === "visible" && cs.pointerEvents !== "none" && Number(cs.opacity) > 0.05 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}
`;

/** A script that lists what a person could act on now, in document order. */
export function scanScript(): string {
  return `(function(){${COMMON}
var out = [];
function add(el, kind) {
  if (!kind || !shown(el) || leaves(el)) return;
  var path = pathOf(el);
  if (!path) return;
  var h = hitOf(el);
  out.push({ path: path, kind: kind, tag: tagOf(el), sig: sigOf(el), label: labelOf(el), hit: h[0], underToast: h[1] });
}
// controls by their markup, then what only looks clickable (a span with a click handler, as a
// calendar's days are): the outermost element with a pointer cursor, outside any control
var all = document.body ? document.body.getElementsByTagName("*") : [];
for (var i = 0; i < all.length; i++) {
  var el = all[i];
  if (el.matches(SEL)) add(el, kindOf(el));
  else if (!el.closest(SEL) && getComputedStyle(el).cursor === "pointer" && !(el.parentElement && getComputedStyle(el.parentElement).cursor === "pointer")) add(el, "click");
}
return out;
})()`;
}

/** A script that checks, after scrolling, that `path` is still the element scanned and is on top. */
export function probeScript(path: string): string {
  return `(function(){${COMMON}
var el = document.querySelector(${JSON.stringify(path)});
if (!el) return { hit: "gone" };
var h = hitOf(el);
return { hit: h[0], underToast: h[1], label: labelOf(el), tag: tagOf(el) };
})()`;
}

/** Where a range control's thumb is, as a fraction of its width (for a drag that starts on it). */
export function rangeFractionScript(path: string): string {
  return `(function(){
var el = document.querySelector(${JSON.stringify(path)});
if (!el) return 0.5;
var min = Number(el.min || el.getAttribute("aria-valuemin") || 0), max = Number(el.max || el.getAttribute("aria-valuemax") || 100);
var v = Number(el.value !== undefined && el.value !== "" ? el.value : el.getAttribute("aria-valuenow") || 0);
return max > min ? Math.min(1, Math.max(0, (v - min) / (max - min))) : 0.5;
})()`;
}
