// A small PDF written by hand for the PDF viewer: a few pages of text in a standard font, and a
// link on the first page to the third (an in-document link, as a table of contents has). No tool
// needed: the file is a list of objects and a cross-reference table of their byte offsets.

const PAGES = [
  ["Quarterly report", "Contents: see the summary on page 3.", "Revenue grew in every region this quarter.", "Costs stayed flat while orders rose."],
  ["Regions", "North: up 12 percent.", "South: up 8 percent.", "East and West: up 5 percent each."],
  ["Summary", "The quarter was the best of the year.", "Next quarter we open two new stores.", "Thanks to every team for their work."],
];

const escapeText = (s: string) => s.replace(/[\\()]/g, (c) => "\\" + c);

export function samplePdf(): Buffer {
  const objects: string[] = [];
  // object number = index + 1
  const add = (body: string) => objects.push(body);
  const pageIds = PAGES.map((_, i) => 4 + i * 2); // each page object, followed by its content stream
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${PAGES.length} >>`);
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  PAGES.forEach((lines, i) => {
    const text = lines.map((l, j) => `BT /F1 ${j === 0 ? 28 : 14} Tf 72 ${j === 0 ? 700 : 640 - j * 26} Td (${escapeText(l)}) Tj ET`).join("\n");
    // the first page's "Contents" line links to the summary page
    const annots = i === 0 ? `/Annots [<< /Type /Annot /Subtype /Link /Rect [70 608 330 632] /Border [0 0 0] /Dest [${pageIds[2]} 0 R /XYZ 0 792 0] >>]` : "";
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R ${annots} >>`);
    add(`<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`);
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
