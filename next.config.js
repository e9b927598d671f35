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
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
