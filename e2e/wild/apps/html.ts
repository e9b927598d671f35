// The HTML shell of a page made for the suite from a package's dist files (the server adds the
// install snippet at the top of <head>, where a customer puts it).
export function html(opts: { title: string; head?: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
${opts.head ?? ""}
</head>
<body>
${opts.body}
</body>
</html>`;
}
