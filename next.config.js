// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled; the
  // database drivers are shared with server.ts through globalThis, so keep them external too.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@prisma/schema-engine-wasm",
    "@prisma/driver-adapter-utils",
    // recheck starts its native analyser from node_modules (a child process per server)
    "recheck",
  ],
  poweredByHeader: false,
  // On every response Next sends (pages and API routes; the page CSP is set in proxy.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
        ],
      },
    ];
  },
  typedRoutes: false,
};

export default nextConfig;
