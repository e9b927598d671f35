"use client";
// The OpenAPI document rendered by Swagger UI (swagger-ui-dist, bundled by Next like any other
// module: no CDN, works offline, and its chunk is loaded by Next's nonced scripts, so the app's
// CSP stays as it is). "Try it out" calls this server with the signed-in session.
import "swagger-ui-dist/swagger-ui.css";
import "./swagger-contrast.css";
import { useEffect, useRef, useState } from "react";

export function ApiReference({ url }: { url: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    import("swagger-ui-dist/swagger-ui-es-bundle.js")
      .then((mod) => {
        if (cancelled || !ref.current) return;
        const SwaggerUI = (mod.default ?? mod) as SwaggerUIFactory;
        // no deep links: they put a link inside each operation's toggle button (axe: nested-interactive)
        SwaggerUI({ domNode: ref.current, url, deepLinking: false, tryItOutEnabled: false, displayRequestDuration: true, defaultModelsExpandDepth: 0 });
      })
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [url]);
  if (failed) return <p role="alert" className="text-sm text-red-700">The API reference could not load: {failed}. The document itself is at <a className="underline" href={url}>{url}</a>.</p>;
  return <div ref={ref} data-testid="api-reference" className="swagger-host rounded-xl ring-1 ring-slate-200" />;
}

type SwaggerUIFactory = (options: Record<string, unknown> & { domNode: HTMLElement; url: string }) => unknown;
