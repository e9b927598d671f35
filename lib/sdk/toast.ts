// Renders one apology at a time inside an open shadow root: host CSS cannot reach it and its CSS
// cannot leak. Every user-facing string is set with textContent, never as HTML.
import type { CompiledMessage } from "../rules/contract";

const CSS = `:host{all:initial}
.b{position:fixed;z-index:2147483647;max-width:360px;box-sizing:border-box;padding:14px 40px 14px 16px;border-radius:10px;background:#1e293b;color:#f8fafc;font:14px/1.4 system-ui,sans-serif;box-shadow:0 8px 24px rgba(0,0,0,.25);overflow-wrap:anywhere}
.bottom-right{right:16px;bottom:16px}.bottom-left{left:16px;bottom:16px}.top-right{right:16px;top:16px}.top-left{left:16px;top:16px}
.top,.bottom{left:50%;transform:translateX(-50%)}.top{top:16px}.bottom{bottom:16px}
.banner{left:0;right:0;top:0;max-width:none;border-radius:0;transform:none}
strong{display:block;font-weight:600;margin-bottom:2px}p{margin:0;opacity:.9}
a,.act{display:inline-block;margin-top:8px;padding:4px 10px;border-radius:6px;background:#f8fafc;color:#1e293b;font:inherit;font-weight:600;text-decoration:none;border:0;cursor:pointer}
.x{position:absolute;top:8px;right:8px;width:28px;height:28px;border:0;border-radius:6px;background:transparent;color:inherit;font-size:18px;line-height:1;cursor:pointer}
.d{display:block;margin-top:6px;padding:0;border:0;background:none;color:inherit;font:inherit;font-size:12px;opacity:.75;text-decoration:underline;cursor:pointer}
.x:hover,.x:focus-visible,a:focus-visible,.act:focus-visible,.d:focus-visible{background:rgba(255,255,255,.15);outline:2px solid #a5b4fc}
@media (prefers-reduced-motion:no-preference){.b{animation:i .18s ease-out}@keyframes i{from{opacity:0;translate:0 8px}}}
@media (max-width:480px){.b{left:8px;right:8px;max-width:none;transform:none}}`;

export type CloseReason = "dismissed" | "timeout" | "replaced" | "clicked" | "disputed";

export interface Toast {
  close(reason: CloseReason): void;
}

export function showToast(
  msg: CompiledMessage,
  title: string,
  body: string,
  onClose: (reason: CloseReason) => void,
  /** the admin's live preview renders into its own box (a transformed ancestor contains `fixed`) */
  container?: HTMLElement,
): Toast {
  const host = document.createElement("div");
  host.setAttribute("data-mea-culpa", "");
  const root = host.attachShadow({ mode: "open" });
  // A constructed stylesheet adopted by the shadow root is CSSOM, which a host's CSP (style-src
  // 'self', no 'unsafe-inline') does not block, where a <style> element would be refused and the
  // apology would fall into the page flow unstyled. <style> only where adoption is missing.
  let style: HTMLStyleElement | undefined;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    style = document.createElement("style");
    style.textContent = CSS;
  }
  const box = document.createElement("div");
  box.className = "b " + (msg.style === "banner" ? "banner" : msg.position);
  box.setAttribute("role", "status");
  box.setAttribute("aria-live", "polite");
  box.setAttribute("aria-atomic", "true");
  const t = document.createElement("strong");
  t.dir = "auto";
  t.textContent = title;
  const p = document.createElement("p");
  p.dir = "auto";
  p.textContent = body;
  const x = document.createElement("button");
  x.type = "button";
  x.className = "x";
  x.setAttribute("aria-label", "Dismiss");
  x.textContent = "×";
  box.append(t, p);
  const act = msg.action;
  if (act) {
    // Only https links: a javascript: or data: URL in rules must never become clickable.
    const link = act.kind === "link" && /^https:\/\//i.test(act.url);
    if (act.kind !== "link" || link) {
      const b = document.createElement(link ? "a" : "button");
      b.className = "act";
      b.textContent = act.label;
      if (link) {
        (b as HTMLAnchorElement).href = (act as { url: string }).url;
        (b as HTMLAnchorElement).target = "_blank";
        (b as HTMLAnchorElement).rel = "noopener noreferrer";
      } else (b as HTMLButtonElement).type = "button";
      b.addEventListener("click", () => {
        close("clicked");
        if (act.kind === "retry" && !container) location.reload();
      });
      box.append(b);
    }
  }
  if (msg.disputable) {
    // how a team measures false apologies in production: the user says nothing was wrong
    const d = document.createElement("button");
    d.type = "button";
    d.className = "d";
    d.textContent = "Nothing's wrong?";
    d.addEventListener("click", () => close("disputed"));
    box.append(d);
  }
  box.append(x);
  if (style) root.append(style);
  root.append(box);
  (container || document.body || document.documentElement).appendChild(host);

  let open = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") close("dismissed");
  };
  function close(reason: CloseReason) {
    if (!open) return;
    open = false;
    clearTimeout(timer);
    document.removeEventListener("keydown", onKey, true);
    host.remove();
    onClose(reason);
  }
  x.addEventListener("click", () => close("dismissed"));
  if (!container) document.addEventListener("keydown", onKey, true);
  if (msg.autoDismissMs > 0 && !container) timer = setTimeout(() => close("timeout"), msg.autoDismissMs);
  return { close };
}
