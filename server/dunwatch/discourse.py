"""The discourse gate: a claim inside reported speech, advice, a warning or a negation is not pressure.

Text *about* collection (news, advice Q&A, police warnings, someone asking whether the SMS they got is
real) uses the collectors' very words. The gate finds, per message, the regions where a matched
phrase is spoken about rather than spoken, from patterns in `rulebook.yaml` under `discourse:`:

- `sentence`: markers of advice, questions and warnings; the whole sentence holding one is dropped;
- `report`: intros of reported speech (对方称, 短信说, 收到…信息:); the rest of the sentence, or the
  quotation that follows, is dropped;
- `negation`: negators (不会, 无权, 不等于) right before a claim, at most `within` characters away;
- `article`: markers of third-person writing about collection (记者, 警方提醒, 借款人反映); a message
  with `min` distinct ones is an article, and every match in it is dropped;
- `about`: markers strong enough alone (本报讯, 反诈提醒, the debtor's own 我欠了): the message is
  about collection, and every match in it is dropped;
- `speech`: the marks of a message that presses its reader (否则, 限你…, 请于今日还款); with an
  addressee they raise the evidence an article needs, since collectors write 建议您 and 请问 too;
- `narration`: third-person references (他, 借款人, 网友); a message with one and no `addressee`
  (你, 您, 台端) tells a story about someone, it does not speak to the reader; so does a message
  longer than `addressee.long` characters that addresses no one.

Rules opt out with `discourse: false`. Every part works on normalised text.
"""
from __future__ import annotations

import regex

from .lexicon import LexiconError
from .regex.branches import branches
from .regex.safety import check_pattern

_PARTS = ("sentence", "report", "negation", "article", "about", "narration", "addressee", "speech")
_SENTENCE = regex.compile(r"[^。!?;\n\r]*[。!?;\n\r]?")
_CLAUSE = regex.compile(r"[,，;。!?\n\r]")   # not 、: an enumeration stays in its clause
# Opening and closing quotation marks as they stand in normalised text (" and ' are folded to ASCII).
_QUOTE = regex.compile(r"[“「『\"《]([^“”「」『』\"《》]{1,200})[”」』\"》]")
# Above this share of a message, its quotations are the speech itself (a call transcript in 「」).
_MOSTLY_QUOTED = 0.6
# A "sentence" longer than this holds no sentence punctuation: run-on chat, where a sentence marker
# drops only what lies within _RUN_ON_REACH characters of it.
_RUN_ON = 40
_RUN_ON_REACH = 12
# Quotations of speech, not titles: 《律师函》 names a document the collector itself sends.
_SPEECH_QUOTE = regex.compile(r"[“「『\"]([^“”「」『』\"]{1,200})[”」』\"]")


def parse_discourse(raw, lexicons, problems) -> dict:
    """Validate `discourse:` from rulebook.yaml and return it with lexicon names expanded."""
    out = {part: () for part in _PARTS} | {"within": 2, "min": 2, "long": 10**9}
    if raw is None:
        return out
    if not isinstance(raw, dict) or set(raw) - set(_PARTS):
        problems.add("rulebook.yaml", None, "`discourse` must map some of " + ", ".join(_PARTS),
                     "see rules/README.md (Discourse)")
        return out
    for part in _PARTS:
        value = raw.get(part) or {}
        if isinstance(value, list):
            value = {"patterns": value}
        patterns = value.get("patterns") if isinstance(value, dict) else None
        if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
            if part in raw:
                problems.add("rulebook.yaml", None, f"`discourse.{part}` has no list of patterns",
                             f"write `{part}: [pattern, ...]`")
            continue
        expanded = []
        for p in patterns:
            try:
                p = lexicons.expand(p)
            except LexiconError as exc:
                problems.add("rulebook.yaml", None, f"discourse.{part}: {exc}", "define the lexicon")
                continue
            for what, fix in check_pattern(p):
                problems.add("rulebook.yaml", None, f"discourse.{part} pattern {p!r}: {what}", fix)
            expanded.append(p)
        out[part] = tuple(expanded)
        for key, top in (("within", 40), ("min", 20), ("long", 100000)):
            if isinstance(value, dict) and key in value:
                if isinstance(value[key], bool) or not isinstance(value[key], int) or not 0 <= value[key] <= top:
                    problems.add("rulebook.yaml", None, f"discourse.{part}.{key} is not 0 to {top}", "fix it")
                else:
                    out[key] = value[key]
    return out


class Discourse:
    """Compiled discourse gate: `regions(text)` says where matches are dropped."""

    def __init__(self, config: dict, convert, search, scanner):
        self._search = search
        # Each part's literal markers go into the matcher's term scan; the rest stay regexes.
        self.parts = {}
        for part in _PARTS:
            literals, rest = [], []
            for p in config[part]:
                lit, other = branches(convert(p))
                literals += lit
                rest += other
            key = ("discourse", part)
            scanner.add(key, literals)
            self.parts[part] = (key, scanner.rest(rest), bool(literals or rest))
        self.within = config["within"]
        self.min = config["min"]
        self.long = config["long"]

    def _find(self, part: str, text: str, scan, search=None) -> list[tuple[int, int]]:
        # Kept in the message's hits: article() and regions() both ask for sentence and report,
        # whose regexes were the gate's largest cost (issue 14 profile).
        memo_key = ("discourse-found", part)
        found = scan.memo.get(memo_key)
        if found is None:
            key, rest, _ = self.parts[part]
            found = list(scan.get(key, ()))
            if rest is not None and rest.possible(scan):
                found += (search or self._search)(rest, text, f"discourse:{part}", hits=scan) or []
            scan.memo[memo_key] = found
        return found

    def article(self, text: str, scan, search=None) -> bool:
        """True when the message reads as writing about collection (enough distinct markers)."""
        if self._find("about", text, scan, search):
            return True
        # Who is addressed counts outside quotations only: a news story quoting “你同事欠钱不还”
        # still addresses no one. A message that is mostly one quotation (a call transcript in
        # 「」) is the speech itself, so there its quotes count.
        quotes = [m.span() for m in _QUOTE.finditer(text)]
        if sum(b - a for a, b in quotes) > len(text) * _MOSTLY_QUOTED:
            quotes = []
        addressed = [s for s in self._find("addressee", text, scan, search) if not any(a <= s[0] < b for a, b in quotes)]
        if self.parts["narration"][2] and self._find("narration", text, scan, search) and not addressed:
            return True
        # Distinct markers of any kind count together: an advice paragraph holds a question, a
        # hedge and a report of what collectors say, each alone too weak to call it an article.
        # A message that speaks to its reader and presses them (`speech`: 否则, 限你, 请于…还款) needs
        # more: collectors too write 建议您, 经查, 请问, so there the weak markers (sentence, report)
        # count half and `min` article markers' worth is needed.
        strong = {text[a:b] for a, b in self._find("article", text, scan, search)}
        weak = {text[a:b] for part in ("sentence", "report") for a, b in self._find(part, text, scan, search)} - strong
        if len(strong) + len(weak) >= self.min:
            if not (addressed and self._find("speech", text, scan, search)) or 2 * len(strong) + len(weak) >= 2 * self.min:
                return True
        return len(text) > self.long and not addressed

    def regions(self, text: str, scan, search=None) -> list[tuple[int, int]]:
        """Return the normalised spans in which a match counts as spoken about, not spoken.

        `scan` is the message's term scan (terms.Hits), which holds the parts' literal markers."""
        if self.article(text, scan, search):
            return [(0, len(text))]
        out = []
        sentences = [m.span() for m in _SENTENCE.finditer(text) if m.end() > m.start()]

        def sentence_of(i):
            return next(((a, b) for a, b in sentences if a <= i < b), (i, len(text)))

        for a, b in self._find("sentence", text, scan, search):
            start, end = sentence_of(a)
            # Voice-to-text and chat run on without punctuation (normalisation drops the spaces
            # that parted their clauses): there a question or a hedge covers its own words only,
            # not a threat twenty characters on.
            if end - start > _RUN_ON:
                start, end = max(start, a - _RUN_ON_REACH), min(end, b + _RUN_ON_REACH)
            out.append((start, end))
        quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
        for a, b in self._find("report", text, scan, search):
            quote = next(((qa, qb) for qa, qb in quotes if b <= qa <= b + 3), None)
            # From the intro itself: 收到…发出的律师函 holds the claim inside the intro.
            out.append((a, quote[1]) if quote else (a, sentence_of(a)[1]))
        # A quoted threat in a message that presses no one outside its quotations is shown, not
        # made: 有人收過這種嗎？「律.師.函已寄出」, 内容是“请于24小时内联系专员”. A message that is
        # mostly one quotation (a call transcript in 「」) is the speech itself.
        # Scare quotes round a word (“延期保证金”, 「欠債證明」) are emphasis, not speech.
        spoken = [m.span() for m in _SPEECH_QUOTE.finditer(text) if m.end() - m.start() >= 8]
        if spoken and sum(b - a for a, b in spoken) <= len(text) * _MOSTLY_QUOTED:
            pressing = [s for s in self._find("speech", text, scan, search)
                        if not any(a <= s[0] < b for a, b in spoken)]
            if not pressing:
                out += spoken
        for a, b in self._find("negation", text, scan, search):
            # A claim starting in the negator, or in the rest of its clause (at most `within`
            # characters on), is negated: 无权把任何人列入…, 不会被起诉; so is one that holds the
            # negator between its words (警方不会介入).
            clause = _CLAUSE.search(text, b, min(len(text), b + self.within + 1))
            out.append((a, clause.start() if clause else b + self.within + 1))
            out.append((a, b, "inside"))
        return out

    @staticmethod
    def drops(span, regions, joined: bool = False) -> bool:
        """True when `span` starts inside one of `regions`, or (`joined`: a match made of items,
        not one pattern that names its own negation) holds a negator inside it."""
        for region in regions:
            if len(region) == 3:
                if joined and span[0] < region[0] and region[1] <= span[1]:
                    return True
            elif region[0] <= span[0] < region[1]:
                return True
        return False
