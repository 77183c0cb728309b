"""The literal prefilter: which patterns can possibly match a message, decided without running them.

Each pattern's requirements (literals.py) become a gate; a literal index says which literals a message
contains. A pattern runs only when its gate holds. Correctness rests on the requirements being
necessary conditions: a gate never closes on a message the pattern matches (tests/engine/test_prefilter.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .literals import requirements, strength


@dataclass
class Gate:
    """Requirements: one literal of each `strong` set present, one character of each `weak` set."""
    strong: tuple
    weak: tuple

    @property
    def chars(self) -> set:
        """The single characters this gate tests."""
        return set().union(*self.weak)

    def holds(self, present: set, chars: set) -> bool:
        for req in self.strong:  # plain loops: this runs for every candidate of every message
            if req.isdisjoint(present):
                return False
        for req in self.weak:
            if req.isdisjoint(chars):
                return False
        return True


def gate(reqs) -> Gate:
    # Single characters stay out of the automaton (they would hit on nearly every message); a
    # requirement with a one-character member is tested against the message's characters, its longer
    # members reduced to their first character, which must occur wherever they do.
    strong = tuple(r for r in reqs if strength(r)[0] >= 2)
    weak = tuple(frozenset(lit[0] for lit in r) for r in reqs if strength(r)[0] < 2)
    return Gate(strong, weak)


@dataclass
class Prefilter:
    """Select, per message, the entries whose pattern's literal requirements all hold."""
    always: list = field(default_factory=list)
    keys: list = field(default_factory=list)       # (entry, gate for the requirements left)
    # The strongest requirement's literals (or, with single characters only, its characters) name
    # the entries to consider: directly when nothing else is required, through a gate otherwise.
    free: dict = field(default_factory=dict)       # literal or character -> entries
    gated: dict = field(default_factory=dict)      # literal or character -> keys
    literals: set = field(default_factory=set)
    chars: set = field(default_factory=set)        # every single character a gate or index tests

    def add(self, pattern: str, entry) -> None:
        reqs = requirements(pattern)
        if reqs is None:
            self.always.append(entry)
            return
        reqs = sorted(reqs, key=strength, reverse=True)
        first = reqs[0] if strength(reqs[0])[0] >= 2 else {literal[0] for literal in reqs[0]}
        if len(reqs) == 1:
            for literal in first:
                self.free.setdefault(literal, []).append(entry)
        else:
            key = len(self.keys)
            self.keys.append((entry, gate(reqs[1:])))
            self.chars |= self.keys[-1][1].chars
            for literal in first:
                self.gated.setdefault(literal, []).append(key)
        self.literals.update(*(r for r in reqs if strength(r)[0] >= 2))
        self.chars.update(lit for lit in first if len(lit) == 1)

    def select(self, present: set, chars: set) -> set:
        out = set(self.always)
        keys = set()
        for token in present.union(chars):
            if token in self.free:
                out.update(self.free[token])
            if token in self.gated:
                keys.update(self.gated[token])
        for k in keys:
            entry, g = self.keys[k]
            if g.holds(present, chars):
                out.add(entry)
        return out


class LiteralIndex:
    """Tell which of many literals (two or more characters each) occur in a text.

    Literals are indexed by their first two characters: a message's distinct bigrams, intersected
    with the index's keys, name the few literals to test with `in`. The cost follows the message's
    length, not the number of literals (pyahocorasick, tried first, slowed down as the rulebook grew:
    36 µs a message at 300 rules against 7 µs here).
    """

    def __init__(self, literals):
        self.by_bigram: dict[str, list[str]] = {}
        for literal in literals:
            self.by_bigram.setdefault(literal[:2], []).append(literal)
        self.bigrams = frozenset(self.by_bigram)

    def present(self, text: str) -> set[str]:
        bigrams = self.bigrams.intersection(map(str.__add__, text, text[1:]))
        return {lit for bg in bigrams for lit in self.by_bigram[bg] if len(lit) == 2 or lit in text}
