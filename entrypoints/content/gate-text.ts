/**
 * The text the cheap trigger gate reads: what the page renders, as `innerText` gives it. It is
 * built natively from the layout the page already has at document_idle, so the gate costs
 * 0.3–0.6 ms on the largest saved pages (yahoo-1, breitbart), where walking every text node
 * from the content script's world cost 1.5–4 ms, and `textContent` 2.5–3.7 ms with the
 * inline scripts it drags in (Chromium 156, medians of 5 fresh loads).
 *
 * What it leaves out is deliberate: text the reader cannot see (display:none, a closed
 * `<details>`) does not make a page "mention" the talks. Shadow trees are left out too:
 * `innerText` does not enter them and finding them costs a walk of every element. A trigger
 * that only appears there is missed until the page's light DOM names one; once the gate
 * opens, the full walk reads open shadow roots as well (text-collector.ts).
 */
export function gateText(): string {
  const body = document.body;
  if (body instanceof HTMLElement) return body.innerText;
  // An XML or SVG document: nothing is laid out as HTML, so read all of it.
  return document.documentElement?.textContent ?? '';
}

/**
 * Above this much HTML, reading the whole page's `innerText` in one call takes a task near or
 * past 50 ms (issue 3): 25–46 ms on the bench's 2 MB page, 101 ms once. The largest saved news
 * page (yahoo-1, 1.2 MB) takes 1–2 ms: most of its bytes are scripts.
 */
export const LARGE_DOCUMENT_BYTES = 1_500_000;

/**
 * Whether the document arrived as more HTML than LARGE_DOCUMENT_BYTES (its navigation entry's
 * decoded body size: no DOM is read to know it). The gate then opens without reading, and the
 * full scan, which reads the page in slices, decides: it still needs a confident trigger.
 */
export function isLargeDocument(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return (navigation?.decodedBodySize ?? 0) > LARGE_DOCUMENT_BYTES;
}
