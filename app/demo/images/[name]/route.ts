export const dynamic = "force-dynamic";

// Product photos of the demo store are missing on purpose, so <img> elements fail to load.
export async function GET() {
  return new Response("image not found", { status: 404, headers: { "Content-Type": "text/plain" } });
}
