/**
 * The full matcher of a page, compiled once: from the storage read that came with the settings
 * (lib/browser/matcher-store.ts) or, when storage did not have this build's, asked of the
 * background.
 */
import { compileShipped, type Matcher } from '../../lib/match/matcher';
import type { MatcherData } from '../../lib/match/types';
import { startSlice } from './slices';

export class MatcherSource {
  private matcher: Promise<Matcher> | undefined;

  constructor(private readonly load: () => Promise<MatcherData>) {}

  provide(data: MatcherData): void {
    startSlice();
    this.matcher ??= Promise.resolve(compileShipped(data).prepare());
  }

  /** Compiled as soon as it arrives: often while the walk waits for it anyway. */
  get(): Promise<Matcher> {
    return (this.matcher ??= this.load().then((data) => compileShipped(data).prepare()));
  }
}
