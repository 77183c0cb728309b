/*
 * How Dunwatch shares code without a build step (load this file first everywhere).
 *
 * MV3 content scripts cannot be ES modules, and the node test runner should load the very files the
 * browser runs. So every shared file is a plain script wrapped in a function that ends with
 *
 *     if (typeof module === 'object' && module.exports) module.exports = api;  // node
 *     else globalThis.Dunwatch.<name> = api;                                    // browser
 *
 * In the browser the files are listed in order (manifest content_scripts, the service worker's
 * importScripts, Firefox's background.scripts, <script> tags in the pages) and reach each other through
 * `globalThis.Dunwatch`. The extension's package.json has no "type": "module", so node reads them as
 * CommonJS and the tests `require()` them. Files that touch chrome.* are kept apart from the pure helpers
 * (settings merge, text collection, offset mapping, hit testing) so the helpers import in node.
 */
globalThis.Dunwatch = globalThis.Dunwatch || {};
