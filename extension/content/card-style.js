// The card's stylesheet, applied inside its shadow root (page CSS cannot reach it, and it reaches nothing).
(function () {
  'use strict';
  globalThis.Dunwatch.CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); padding: 14px 16px 12px;
  font: 14px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK TC", "Noto Sans CJK SC",
        "PingFang TC", "Microsoft JhengHei", "Microsoft YaHei", sans-serif;
  text-align: start; letter-spacing: normal; white-space: normal;
}
.card:focus, .card:focus-visible { outline: none; } /* focus sits on the dialog for screen readers; buttons show it */
.top { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.brand { font-size: 12px; color: #57606a; flex: 1; }
.close {
  all: unset; cursor: pointer; width: 28px; height: 28px; border-radius: 6px; text-align: center;
  font-size: 20px; line-height: 28px; color: #57606a;
}
.close:hover { background: #f3f4f6; }
.close:focus-visible { outline: 2px solid #0969da; }
section + section { border-top: 1px solid #e5e7eb; margin-top: 12px; padding-top: 12px; }
.tag {
  display: inline-block; font-size: 12px; border-radius: 999px; padding: 1px 8px; margin: 0 6px 4px 0;
  border: 1px solid currentColor;
}
.sev-high { color: #b91c1c; } .sev-medium { color: #b45309; } .sev-low { color: #8a5a00; } .sev-info { color: #1d4ed8; }
.sev-high::before { content: "▲ "; } .sev-medium::before { content: "◆ "; } .sev-low::before { content: "● "; } .sev-info::before { content: "ℹ "; }
.category { color: #57606a; border-color: #d0d7de; }
h2 { font-size: 16px; margin: 4px 0 6px; line-height: 1.35; }
h3 { font-size: 12px; margin: 10px 0 2px; color: #57606a; text-transform: uppercase; letter-spacing: 0.02em; }
p { margin: 0 0 4px; }
.phrase { font-weight: 600; }
ul { margin: 2px 0 0; padding-inline-start: 18px; }
a { color: #0969da; }
.actions {
  display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; padding: 8px 0;
  position: sticky; bottom: -12px; background: #fff; /* stays in view while the card scrolls */
}
.actions button {
  font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; padding: 4px 10px;
  border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328;
}
.actions button:hover { background: #eef1f4; }
.actions button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.marker {
  position: fixed; z-index: 2147483646; box-sizing: border-box; width: 14px; height: 14px; padding: 0;
  border-radius: 7px; border: 1px solid currentColor; background: #fff; cursor: pointer;
  font: 9px/12px system-ui, sans-serif; text-align: center;
}
.marker.m-high { color: #b91c1c; } .marker.m-medium { color: #b45309; } .marker.m-low { color: #8a5a00; } .marker.m-info { color: #1d4ed8; }
.marker:focus-visible { outline: 2px solid #0969da; }
.claims { list-style: none; padding: 0; margin: 6px 0; }
.claims li + li { border-top: 1px solid #e5e7eb; margin-top: 8px; padding-top: 8px; }
.court { font-weight: 600; }
.done { color: #1a7f37; font-size: 13px; margin-top: 6px; }
.note { font-size: 12px; color: #6e7781; margin-top: 12px; }
@media (prefers-color-scheme: dark) {
  .card, .actions { background: #1c2128; color: #e6edf3; border-color: #444c56; }
  .brand, h3, .category, .close, .note { color: #9da7b3; }
  .close:hover, .actions button:hover { background: #2d333b; }
  .actions button { background: #22272e; color: #e6edf3; border-color: #444c56; }
  a { color: #539bf5; }
  .sev-high { color: #f47067; } .sev-medium { color: #e0823d; } .sev-low { color: #c69026; } .sev-info { color: #6cb6ff; }
}
`;
})();
