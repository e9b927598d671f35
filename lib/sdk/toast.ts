// Renders one apology at a time inside an open shadow root: host CSS cannot reach it and its CSS
// cannot leak. Every user-facing string is set with textContent, never as HTML.
import type { CompiledMessage } from "../rules/contract";

const CSS = `:host{all:initial}
.b{position:fixed;z-index:2147483647;max-width:360px;box-sizing:border-box;padding:14px 40px 14px 16px;border-radius:10px;background:#1e293b;color:#f8fafc;font:14px/1.4 system-ui,sans-serif;box-shadow:0 8px 24px #0004;overflow-wrap:anywhere}
.top{top:16px}.bottom{bottom:16px}.left{left:16px}.right{right:16px}.mid{left:50%;transform:translateX(-50%)}
.banner{inset:0 0 auto;max-width:none;border-radius:0}
strong{display:block;font-weight:600;margin-bottom:2px}p{margin:0;opacity:.9}
a,button{border:0;border-radius:6px;padding:0;background:none;color:inherit;font:inherit;cursor:pointer}
a,.act{display:inline-block;margin-top:8px;padding:4px 10px;background:#f8fafc;color:#1e293b;font-weight:600;text-decoration:none}
.x{position:absolute;top:8px;right:8px;width:28px;height:28px;font-size:18px;line-height:1}
.d{display:block;margin-top:6px;font-size:12px;opacity:.75;text-decoration:underline}
.x:hover,:focus-visible{background:#fff3;outline:2px solid #a5b4fc}
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
  /** the "Nothing's wrong?" link's words in the copy's language (Decision.dispute) */
  dispute?: string,
): Toast {
  /** An element of `tag` with class `cls` and text `text` (always as text, never HTML). */
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = "") => {
    const e = document.createElement(tag);
    e.className = cls;
    e.textContent = text;
    if (e instanceof HTMLButtonElement) e.type = "button";
    return e;
  };
  const host = el("div", "");
  host.setAttribute("data-mea-culpa", "");
  const root = host.attachShadow({ mode: "open" });
  // A constructed stylesheet adopted by the shadow root is CSSOM, which a host's CSP (style-src
  // 'self', no 'unsafe-inline') does not block, where a <style> element would be refused and the
  // apology would fall into the page flow unstyled. <style> only where adoption is missing
  // (Safari before 16.4).
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el("style", "", CSS));
  }
  // "bottom-right" → classes "bottom right"; "top" alone is centred ("mid")
  const [v, h] = msg.position.split("-");
  const box = el("div", "b " + (msg.style === "banner" ? "banner" : v + " " + (h || "mid")));
  box.setAttribute("role", "status");
  box.setAttribute("aria-live", "polite");
  box.setAttribute("aria-atomic", "true");
  const t = el("strong", "", title);
  const p = el("p", "", body);
  t.dir = p.dir = "auto";
  const x = el("button", "x", "×");
  x.setAttribute("aria-label", "Dismiss");
  box.append(t, p);
  const act = msg.action;
  // Only https links: a javascript: or data: URL in rules must never become clickable.
  if (act && (act.kind !== "link" || /^https:\/\//i.test(act.url))) {
    const b = el(act.kind === "link" ? "a" : "button", "act", act.label);
    if (act.kind === "link") Object.assign(b, { href: act.url, target: "_blank", rel: "noopener noreferrer" });
    b.addEventListener("click", () => {
      close("clicked");
      if (act.kind === "retry" && !container) location.reload();
    });
    box.append(b);
  }
  // how a team measures false apologies in production: the user says nothing was wrong
  if (msg.disputable) box.append(el("button", "d", dispute || "Nothing's wrong?"));
  box.addEventListener("click", (e) => {
    const c = (e.target as Element).className;
    if (c === "d") close("disputed");
    if (c === "x") close("dismissed");
  });
  box.append(x);
  root.append(box);
  (container || document.body || document.documentElement).appendChild(host);

  let open = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") close("dismissed");
  };
  // the auto-dismiss clock runs only while the page is visible: an apology nobody looked at has
  // not been read yet
  let left = msg.autoDismissMs;
  let from = 0;
  const clock = () => {
    clearTimeout(timer);
    if (from) left -= Date.now() - from;
    from = 0;
    if (document.visibilityState == "visible") {
      from = Date.now();
      timer = setTimeout(() => close("timeout"), left);
    }
  };
  function close(reason: CloseReason) {
    if (!open) return;
    open = false;
    clearTimeout(timer);
    document.removeEventListener("keydown", onKey, true);
    document.removeEventListener("visibilitychange", clock);
    host.remove();
    onClose(reason);
  }
  if (!container) {
    document.addEventListener("keydown", onKey, true);
    if (left > 0) {
      document.addEventListener("visibilitychange", clock);
      clock();
    }
  }
  return { close };
}
