// Markdown from our own docs folder rendered as React elements (react-markdown never injects raw
// HTML, so even a doc that contained markup would show as text), styled like the admin pages.
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

const components: Components = {
  h1: ({ children }) => <h1 className="text-2xl font-semibold">{children}</h1>,
  h2: ({ children }) => <h2 className="mt-8 border-b border-slate-200 pb-1 text-xl font-semibold">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-6 text-lg font-semibold">{children}</h3>,
  p: ({ children }) => <p className="my-3 leading-relaxed">{children}</p>,
  ul: ({ children }) => <ul className="my-3 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="my-3 list-decimal space-y-1 pl-6">{children}</ol>,
  a: ({ children, href }) => (
    <a href={href} className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
      {children}
    </a>
  ),
  // focusable: a reader scrolls a long line with the keyboard (axe: scrollable-region-focusable)
  pre: ({ children }) => <pre tabIndex={0} className="my-3 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100 [&_code]:bg-transparent [&_code]:p-0 [&_code]:text-inherit">{children}</pre>,
  code: ({ children }) => <code className="rounded bg-slate-100 px-1 py-0.5 text-[0.85em] text-slate-800">{children}</code>,
  table: ({ children }) => (
    <div className="my-3 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm [overflow-wrap:normal]">{children}</table>
    </div>
  ),
  th: ({ children }) => <th className="border border-slate-200 bg-slate-50 px-2 py-1 text-left font-medium">{children}</th>,
  td: ({ children }) => <td className="border border-slate-200 px-2 py-1 align-top">{children}</td>,
};

/** Renders `source` (GitHub-flavoured Markdown: tables, strikethrough, autolinks) as an article. */
export function Markdown({ source }: { source: string }) {
  return (
    <article className="max-w-4xl text-sm text-slate-800">
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={components}>
        {source}
      </ReactMarkdown>
    </article>
  );
}
