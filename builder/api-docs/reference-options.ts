/**
 * How the documentation page configures Scalar's API reference. Everything that would reach beyond
 * this server is off (its request client and proxy, fonts from its CDN, telemetry, its AI agent
 * and MCP features), the colours come from our stylesheet (api-reference.css), and the few inline styles
 * Scalar writes anyway (its theme's variables among them) are fixed texts whose hashes the
 * builder's CSP allows (server/http/api-reference-style.ts, checked in reference-style.test.ts).
 */
export const REFERENCE_OPTIONS = {
  theme: 'none',
  withDefaultFonts: false,
  layout: 'modern',
  hideClientButton: true,
  hideTestRequestButton: true,
  hideDarkModeToggle: true,
  forceDarkModeState: 'light',
  showDeveloperTools: 'never',
  documentDownloadType: 'none',
  telemetry: false,
  mcp: { disabled: true },
  agent: { disabled: true },
  defaultOpenAllTags: true,
  expandAllResponses: true,
} as const;
