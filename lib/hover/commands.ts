/**
 * The manifest's keyboard commands (wxt.config.ts `commands`) and the step each one asks of
 * the page: Alt+Shift+N next mention, Alt+Shift+P previous.
 */
import type { StepMentionRequest } from '../browser/messages';

const STEPS: Record<string, StepMentionRequest['direction']> = {
  'next-mention': 1,
  'previous-mention': -1,
};

export function stepForCommand(command: string): StepMentionRequest | null {
  const direction = STEPS[command];
  return direction === undefined ? null : { type: 'step-mention', direction };
}
