// swagger-ui-dist ships no types; the one entry we import is a CommonJS module exporting the
// SwaggerUI factory (see api-reference.tsx for the options we pass).
declare module "swagger-ui-dist/swagger-ui-es-bundle.js" {
  const SwaggerUI: (options: Record<string, unknown>) => unknown;
  export default SwaggerUI;
}
