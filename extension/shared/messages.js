// Message types, named by direction (sender-receiver-action). The background's handler table
// (background/handlers.js) answers every type whose receiver is `bg`; content scripts answer `bg-cs-*`.
(function () {
  'use strict';
  const MSG = Object.freeze({
    CS_BG_CHECK: 'cs-bg-check',           // {texts: [string], lang} -> {results: [result|null], rulebook: {version, digest}, status}
    CS_BG_RULE: 'cs-bg-rule',             // {id, lang} -> {rule, category} | {error}
    CS_BG_LOCALE: 'cs-bg-locale',         // {lang} -> messages.json table of that language
    CS_BG_REPORT: 'cs-bg-report',         // {host, born, matches: [{key, text, rule, category, categories, severity, message, messageId}]}
                                          // in document order, messages: [{id, sender, time}] (the flagged ones)
    CS_BG_CARD: 'cs-bg-card',             // {content: {kind, matches|summary}, anchor}: a frame's card, to open in the top document
    CS_BG_CARD_CLOSED: 'cs-bg-card-closed', // {frameId}: the top document's card for that frame closed
    CS_BG_IGNORE: 'cs-bg-ignore',         // {host, text}: "not suspicious here"
    CS_BG_DISABLE_RULE: 'cs-bg-disable-rule', // {rule}
    PAGE_BG_STATUS: 'page-bg-status',     // popup/options -> {status, rulebook, error}
    PAGE_BG_RULES: 'page-bg-rules',       // popup/options {lang} -> GET /v1/rules
    POPUP_BG_TAB: 'popup-bg-tab',         // {tabId} -> {frames: [{frameId, host, matches}]}
    POPUP_BG_REVEAL: 'popup-bg-reveal',   // {tabId, frameId, key}
    POPUP_BG_ADD_SITE: 'popup-bg-add-site',   // {host, tabId}: after the permission was granted
    PAGE_BG_REMOVE_SITE: 'page-bg-remove-site', // {host}
    BG_CS_REVEAL: 'bg-cs-reveal',         // {key}: scroll to a phrase and open its card
    BG_CS_CARD: 'bg-cs-card',             // {content, anchor, frameId}: to the top frame
    BG_CS_CARD_CLOSED: 'bg-cs-card-closed', // to the frame whose card closed
  });
  globalThis.Dunwatch.MSG = MSG;
})();
