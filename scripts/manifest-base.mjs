// The manifest's URLs for a hosting base: `npm run build -- --env base-url=https://pmo.example.org/rulebook/`
// writes dist/addin/manifest.xml with every https://localhost:3000/ replaced by that base (the pages
// themselves use relative URLs). Without it the manifest keeps localhost, for development.

/** The development base every URL in manifest.xml starts with. */
export const DEV_BASE = "https://localhost:3000/";

/** The base as an absolute https:// URL ending in "/"; anything else is refused (Office loads add-ins over HTTPS only). */
export function normalizeBase(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`base-url "${url}" is not an absolute URL; give one like https://pmo.example.org/rulebook/`);
  }
  if (parsed.protocol !== "https:") throw new Error(`base-url "${url}" must use https: Office loads add-ins over HTTPS only`);
  if (parsed.search || parsed.hash) throw new Error(`base-url "${url}" must not have a query or fragment`);
  const href = parsed.href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** manifest.xml with its development URLs moved to `base` (already normalized). */
export function manifestForBase(xml, base) {
  if (base === DEV_BASE) return xml;
  // Attribute values are XML-escaped; a base with "&" would need it too.
  const escaped = base.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return xml.split(DEV_BASE).join(escaped);
}
