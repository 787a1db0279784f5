/**
 * The hover card's timings, named (issue 4; Wikipedia Page Previews uses the same shape).
 * The card's data is local, so the dwell only has to filter out a pointer passing by.
 */
import { DEFAULT_SETTINGS } from '../settings/schema';

/** Rest on a name this long before its card shows (settings.hoverDelayMs overrides it). */
export const DWELL_MS = DEFAULT_SETTINGS.hoverDelayMs;

/** After leaving a name or the card, the card waits this long so the pointer can cross the gap. */
export const GRACE_MS = 300;

/** No card opens while the page scrolls, nor until it has been still this long. */
export const SCROLL_QUIET_MS = 150;
