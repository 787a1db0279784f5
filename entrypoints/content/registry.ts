/**
 * CSS.highlights, with registration held back while a long page is painted in slices.
 * Chromium revalidates every Range of every registered Highlight at each rendering update, so
 * registering early and then adding Ranges slice by slice costs O(n²) over a long page
 * (seconds on a 2 MB page); Highlights filled while unregistered and registered once cost one
 * rendering update.
 */
export class HeldRegistry {
  private held = false;
  private readonly waiting = new Map<string, Highlight>();

  set(name: string, highlight: Highlight): void {
    if (this.held) this.waiting.set(name, highlight);
    else CSS.highlights.set(name, highlight);
  }

  delete(name: string): void {
    this.waiting.delete(name);
    CSS.highlights.delete(name);
  }

  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    for (const [name, highlight] of this.waiting) CSS.highlights.set(name, highlight);
    this.waiting.clear();
  }
}
