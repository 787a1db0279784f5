/**
 * WXT's ContentScriptContext announces each new content script to the page it runs in: a
 * `window.postMessage` to "*" and a document event, both named with the extension's id, so
 * that an older copy of the script (WXT's dev-mode reinjection) stops itself. That tells every
 * page that the extension is installed and what its id is (principle 4: private by
 * construction), lets a page send the same event to switch the extension off, and the
 * postMessage alone cost 0.5–1.4 ms of every page's evaluation (bench, in-page marks).
 *
 * Nothing here needs it. Chrome injects content scripts only when a page loads, and a copy
 * orphaned by an update stops by itself (alive.ts, `ctx.isInvalid`); Firefox kills an unloaded
 * add-on's scripts outright. So both halves are switched off here, a module the entry imports
 * first: WXT's wrapper constructs the context only after every module has been evaluated.
 */
import { ContentScriptContext } from '#imports';

ContentScriptContext.prototype.stopOldScripts = function stopOldScripts() {};
ContentScriptContext.prototype.listenForNewerScripts = function listenForNewerScripts() {};
