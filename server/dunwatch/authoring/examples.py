"""Run the rulebook's examples: each rule's `match` examples must fire it, `no_match` must not."""
from __future__ import annotations


def check_rule(engine, rule) -> list[str]:
    """Return failure lines for one rule's examples."""
    out = []
    for example in rule.match_examples:
        hits = engine.check([example.text])[0]["matches"] if example.expect else None
        fired = rule.id in engine.fire(example.text)
        if not fired:
            out.append(f"{rule.source}: {rule.id}: does not fire on match example {example.text!r}")
        elif example.expect is not None and rule.report:
            texts = [m["text"] for m in hits if m["rule"] == rule.id]
            if example.expect not in texts:
                out.append(f"{rule.source}: {rule.id}: on {example.text!r} expected span "
                           f"{example.expect!r}, got {texts}")
    for example in rule.no_match_examples:
        if rule.id in engine.fire(example.text):
            out.append(f"{rule.source}: {rule.id}: fires on no_match example {example.text!r}")
    return out


def failures(engine) -> list[str]:
    """Return failure lines for every active rule of the engine's rulebook."""
    return [line for rule in engine.book.rules if rule.active for line in check_rule(engine, rule)]
