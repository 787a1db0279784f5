/**
 * Runs in the page (Playwright's or Puppeteer's `page.evaluate`): the extension's marks read
 * back from CSS.highlights, entity id → mention texts in registry order.
 */
export function collectMarks(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('gl-')) continue;
    out[name.slice(3)] = [...highlight].map((r) => (r as Range).toString());
  }
  return out;
}
