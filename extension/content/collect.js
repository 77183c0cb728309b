// Collect: the page's text as blocks, each with a map from its UTF-16 offsets back to text nodes.
// A block is the text of one block-level element (or shadow root) up to the next nested block, so
// `律<b>師</b>函` reads as one string and a match in it maps back to three text nodes.
(function () {
  'use strict';

  // Never read: not text, editable (the user's own writing), or another document (frames run their own copy).
  const SKIP = new Set([
    'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'iframe',
    'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title', 'meta', 'link',
  ]);

  // Inline by tag, not by computed style: getComputedStyle on every element of a webmail page is slow,
  // and a misjudged block only makes a block larger or smaller, never wrong.
  const INLINE = new Set([
    'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
    'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike',
    'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
  ]);

  const LETTER = /\p{L}/u;

  /** Return whether an element is editable by the user (its text is theirs, not the sender's). */
  function isEditable(el) {
    if (el.isContentEditable === true) return true;
    const attr = el.getAttribute && el.getAttribute('contenteditable');
    return attr !== null && attr !== undefined && attr.toLowerCase() !== 'false';
  }

  function isSkipped(el, skip) {
    return SKIP.has(el.localName) || isEditable(el) || (skip ? skip(el) : false);
  }

  /**
   * Return whether an element is not drawn for the reader: display:none, visibility:hidden,
   * content-visibility, collapsed (checkVisibility). Browsers without checkVisibility (jsdom) read
   * everything. (Off-screen copies are told per message, by messages.isOffscreen: one layout read
   * per message, not per block.)
   */
  function isHidden(el) {
    if (typeof el.checkVisibility !== 'function') return false;
    return !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false });
  }

  /** Return whether `node` sits inside something that is never read (editable area, skipped tag). */
  function isInsideSkipped(node, skip) {
    for (let n = node; n; n = n.parentNode || n.host) {
      if (n.nodeType === 1 && isSkipped(n, skip)) return true;
    }
    return false;
  }

  function isInline(el) {
    return INLINE.has(el.localName);
  }

  /** Return the block container of a node: itself or its nearest non-inline ancestor, shadow root or document. */
  function blockOf(node) {
    let n = node.nodeType === 3 || node.nodeType === 8 ? node.parentNode : node;
    while (n && n.nodeType === 1 && isInline(n)) n = n.parentNode;
    return n || null;
  }

  /** Return whether `node` is `root` or lies inside it, crossing shadow boundaries. */
  function isWithin(node, root) {
    for (let n = node; n; n = n.parentNode || n.host) if (n === root) return true;
    return false;
  }

  /**
   * Collect the blocks under `root` (an element, shadow root or document), `root`'s own block first.
   * Each block is {el, text, segments: [{node, start}]}; text between nested blocks and at <br> is
   * joined by "\n", which maps to no node. Open shadow roots are their own blocks. `opts.skip(el)`
   * excludes more elements (the extension's own host). Blocks without any text are left out.
   */
  function collectBlocks(root, opts) {
    const skip = opts && opts.skip;
    const blocks = [];

    function append(block, text, node) {
      if (block.pendingBreak && block.text) block.text += '\n';
      block.pendingBreak = false;
      if (node) block.segments.push({ node, start: block.text.length });
      block.text += text;
    }

    function visit(parent, block) {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          if (child.data) append(block, child.data, child);
        } else if (child.nodeType === 1 && !isSkipped(child, skip)) {
          if (child.localName === 'br') {
            append(block, '\n', null);
          } else if (isHidden(child)) {
            // not rendered: never counted, re-read when it shows (the observer watches style and class)
          } else if (isInline(child)) {
            visit(child, block);
            if (child.shadowRoot) container(child.shadowRoot);
          } else {
            block.pendingBreak = true;
            container(child);
            block.pendingBreak = true;
          }
        }
      }
    }

    function container(el) {
      const block = { el, text: '', segments: [], pendingBreak: false };
      blocks.push(block);
      visit(el, block);
      if (el.shadowRoot) container(el.shadowRoot);
    }

    container(root);
    return blocks
      .filter((b) => b.segments.length && b.text.trim())
      .map(({ el, text, segments }) => ({ el, text, segments }));
  }

  /**
   * Return whether a text is worth sending: any letter of any script (the rulebook may have rules for
   * English collection mail too, so no count of Han characters decides).
   */
  function worthChecking(text) {
    return LETTER.test(text);
  }

  /**
   * Split a long text into pieces of at most `max` UTF-16 units, cutting after sentence ends or line
   * breaks where possible and never inside a surrogate pair. Returns [{offset, text}].
   */
  function chunksOf(text, max) {
    const pieces = [];
    let start = 0;
    while (text.length - start > max) {
      let end = start + max;
      const window = text.slice(start + Math.floor(max / 2), end);
      const cut = Math.max(...['\n', '。', '！', '？', '!', '?', '；'].map((c) => window.lastIndexOf(c)));
      if (cut >= 0) end = start + Math.floor(max / 2) + cut + 1;
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end -= 1;
      pieces.push({ offset: start, text: text.slice(start, end) });
      start = end;
    }
    if (start < text.length) pieces.push({ offset: start, text: text.slice(start) });
    return pieces;
  }

  /** Return whether two blocks read the same text from the same nodes (nothing to redo). */
  function sameBlock(a, b) {
    if (!a || !b || a.text !== b.text || a.segments.length !== b.segments.length) return false;
    return a.segments.every((s, i) => s.node === b.segments[i].node && s.start === b.segments[i].start);
  }

  const api = {
    SKIP, INLINE, isEditable, isHidden, isInsideSkipped, isInline, blockOf, isWithin, collectBlocks, worthChecking,
    chunksOf, sameBlock,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.collect = api;
})();
