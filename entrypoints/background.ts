/**
 * Wiring only (issue 4): answers the content script's card requests from the corpus bundle,
 * injects the annotator and the card's UI in Firefox, opens the corpus page for the card's
 * links, and forwards the keyboard commands to the active tab as `step-mention`. The logic lives in lib/ and is
 * unit-tested there.
 */
import { browser, defineBackground } from '#imports';
import corpus from 'virtual:geneva-corpus';
import matcher from 'virtual:geneva-matcher';
import { cardResponder, isCardRequest } from '../lib/cards/card-request';
import { corpusHashOf, isOpenCorpusRequest } from '../lib/cards/open-corpus';
import { stepForCommand } from '../lib/hover/commands';
import { getSettings } from '../lib/browser/storage';
import { storeMatcher } from '../lib/browser/matcher-store';
import {
  LAZY_SCRIPT_PATHS,
  isLazyScript,
  type LazyScriptRequest,
  type MatcherRequest,
} from '../lib/browser/messages';

const isMatcherRequest = (m: unknown): m is MatcherRequest =>
  (m as MatcherRequest | null)?.type === 'matcher';
const isLazyScriptRequest = (m: unknown): m is LazyScriptRequest =>
  (m as LazyScriptRequest | null)?.type === 'lazy-script' &&
  isLazyScript((m as LazyScriptRequest).script);

export default defineBackground(() => {
  const card = cardResponder(corpus);
  // Pages whose gate opens read the matcher from storage with their settings.
  void storeMatcher(matcher);
  // Reading repairs: a corrupt stored value is written back clean before any page reads it.
  void getSettings();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isCardRequest(message)) return Promise.resolve(card(message));
    if (isMatcherRequest(message)) return Promise.resolve(matcher);
    // Firefox only (entrypoints/content/lazy-script.ts): the annotator or the card's UI, into
    // the frame asking.
    if (import.meta.env.FIREFOX && isLazyScriptRequest(message)) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve(false);
      const file = LAZY_SCRIPT_PATHS[message.script];
      return browser.tabs
        .executeScript(tabId, { file, frameId: sender.frameId ?? 0 })
        .then(() => true);
    }
    if (isOpenCorpusRequest(message)) {
      const hash = corpusHashOf(message);
      if (hash === null) return Promise.resolve(false);
      const url = browser.runtime.getURL('/corpus.html') + hash;
      const index = sender.tab?.index;
      return browser.tabs
        .create({ url, ...(index === undefined ? {} : { index: index + 1 }) })
        .then(() => true);
    }
    // Not ours: leave it to another listener.
    return undefined;
  });

  browser.commands.onCommand.addListener((command) => {
    const step = stepForCommand(command);
    if (!step) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      // A tab without our content script (a browser page, the web store) cannot step.
      browser.tabs.sendMessage(tab.id, step).catch(() => undefined);
    });
  });
});
