"""Validate one rule record (or category text) from a rulebook file, collecting every problem.

Each problem names the file, the rule id, what is wrong and how to fix it (Vale-style), so a rule
author sees all of them in one run of `dunwatch rules lint`.
"""
from __future__ import annotations

import re

from .model import LANGS, SEVERITIES, STATUSES, TEXT_FIELDS, Example, Rule

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$")
_RULE_KEYS = {"id", "status", "severity", "kind", "report", "context", "unless", "discourse", "references",
              "falsepositives", "examples", *TEXT_FIELDS}
# Fields that belong to one kind or another (kinds/*.py FIELDS); a rule may carry only its own.
_KIND_KEYS = {"patterns", "anti_patterns", "near", "within", "ordered", "all", "any", "min", "highlight"}


class Problems(list):
    def add(self, where: str, rule_id: str | None, what: str, fix: str) -> None:
        prefix = f"{where}: {rule_id}: " if rule_id else f"{where}: "
        self.append(f"{prefix}{what}. Fix: {fix}.")


def langs(value, where, rule_id, name, problems) -> dict | None:
    if not isinstance(value, dict):
        problems.add(where, rule_id, f"`{name}` must be a mapping of {', '.join(LANGS)}",
                     f"write `{name}: {{zh-Hant: …, zh-Hans: …, en: …}}`")
        return None
    missing = [lang for lang in LANGS if not isinstance(value.get(lang), str) or not value[lang].strip()]
    extra = sorted(set(value) - set(LANGS))
    if missing:
        problems.add(where, rule_id, f"`{name}` lacks text for {', '.join(missing)}",
                     "give every user-facing text in zh-Hant, zh-Hans and en")
    if extra:
        problems.add(where, rule_id, f"`{name}` has unknown languages {extra}", f"use only {LANGS}")
    return None if missing or extra else {k: value[k].strip() for k in LANGS}


def str_list(value, where, rule_id, name, problems, required=False) -> tuple:
    if value is None:
        if required:
            problems.add(where, rule_id, f"`{name}` is missing", f"add a list `{name}:`")
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        problems.add(where, rule_id, f"`{name}` must be a list of non-empty strings", "fix the list")
        return ()
    if required and not value:
        problems.add(where, rule_id, f"`{name}` is empty", f"add at least one entry to `{name}`")
    return tuple(value)


def _examples(value, where, rule_id, problems, active) -> tuple[tuple, tuple]:
    value = value or {}
    if not isinstance(value, dict):
        problems.add(where, rule_id, "`examples` must have `match` and `no_match` lists",
                     "write `examples: {match: [...], no_match: [...]}`")
        return (), ()
    for key in sorted(set(value) - {"match", "no_match"}):
        problems.add(where, rule_id, f"`examples` has an unknown field {key!r}", "use only `match` and `no_match`")
    out = []
    for key, least in (("match", 3), ("no_match", 2)):
        items, given = [], value.get(key) or []
        if not isinstance(given, list):  # a bare string would be read one character at a time
            problems.add(where, rule_id, f"`examples.{key}` must be a list", f"write `{key}: [\"…\", …]`")
            given = []
        for item in given:
            if isinstance(item, str):
                items.append(Example(item))
            elif (isinstance(item, dict) and isinstance(item.get("text"), str)
                  and isinstance(item.get("expect"), (str, type(None)))):
                items.append(Example(item["text"], item.get("expect")))
            else:
                problems.add(where, rule_id, f"an item of `examples.{key}` is neither text nor "
                             "{text, expect}", "write the example as a string")
        if active and len(items) < least:
            problems.add(where, rule_id, f"has {len(items)} `examples.{key}`, needs at least {least}",
                         "add realistic examples: they are the rule's tests")
        out.append(tuple(items))
    return out[0], out[1]


def _references(value, where, rule_id, problems) -> tuple:
    ok = isinstance(value, list) and value and all(
        isinstance(r, dict) and isinstance(r.get("title"), str) and
        isinstance(r.get("url"), str) and r["url"].startswith(("https://", "http://")) for r in value)
    if not ok:
        problems.add(where, rule_id, "`references` must list {title, url} with http(s) URLs",
                     "cite where the explanation's facts are established")
        return ()
    return tuple({"title": r["title"], "url": r["url"]} for r in value)


def _bool(raw, key, default, where, rid, problems) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        problems.add(where, rid, f"`{key}` {value!r} is not true or false", f"write `{key}: true` or `false`")
        return default
    return value


def rule(raw, where, category, contexts, problems, lexicons) -> Rule | None:
    """Validate one raw rule record and return it, or None when it has no usable id."""
    from .kinds import KINDS, TEXT_KINDS
    from .kinds.common import expand_all

    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        problems.add(where, None, "a rule has no `id`", "give every rule a stable kebab-case id")
        return None
    rid = raw["id"]
    prefix = category.replace("_", "-") + "."
    if not _ID.match(rid) or not rid.startswith(prefix):
        problems.add(where, rid, "the id is not of the form `<category>.<name>` in kebab-case",
                     f"use an id like `{prefix}some-name`")
    kind = raw.get("kind", "pattern")
    if not isinstance(kind, str) or kind not in KINDS:  # a list or a map is not hashable
        problems.add(where, rid, f"kind {kind!r} is unknown", f"use one of {sorted(KINDS)}")
        kind = "pattern"
    own = KINDS[kind].FIELDS
    foreign = sorted((set(raw) & _KIND_KEYS) - own)
    if foreign:
        problems.add(where, rid, f"a {kind} rule has field(s) {foreign}",
                     f"a {kind} rule takes {sorted(own)}; other fields belong to other kinds")
    unknown = sorted(set(raw) - _RULE_KEYS - _KIND_KEYS)
    if unknown:
        problems.add(where, rid, f"unknown field(s) {unknown}", f"use only {sorted(_RULE_KEYS | own)}")
    status, severity = raw.get("status"), raw.get("severity")
    if status not in STATUSES:
        problems.add(where, rid, f"status {status!r} is not one of {STATUSES}", "set `status:`")
    if severity not in SEVERITIES:
        problems.add(where, rid, f"severity {severity!r} is not one of {SEVERITIES}", "set `severity:`")
    text = {f: langs(raw.get(f), where, rid, f, problems) for f in TEXT_FIELDS}
    ctx = str_list(raw.get("context"), where, rid, "context", problems)
    unless = str_list(raw.get("unless"), where, rid, "unless", problems)
    for name in ctx + unless:
        if name not in contexts:
            problems.add(where, rid, f"context {name!r} is not defined",
                         f"use one of {sorted(contexts)} or define it under `contexts:`")
    active = status != "deprecated"
    match, no_match = _examples(raw.get("examples"), where, rid, problems, active)
    fields = dict(
        id=rid, category=category, severity=severity, status=status, kind=kind,
        report=_bool(raw, "report", True, where, rid, problems), text=text, context=ctx, unless=unless,
        discourse=_bool(raw, "discourse", True, where, rid, problems),
        references=_references(raw.get("references"), where, rid, problems),
        falsepositives=str_list(raw.get("falsepositives"), where, rid, "falsepositives", problems),
        match_examples=match, no_match_examples=no_match, source=where)
    fields.update(KINDS[kind].validate(raw, where, rid, problems, lexicons))
    if kind in TEXT_KINDS:
        fields["anti_patterns"] = expand_all(raw, "anti_patterns", where, rid, problems, lexicons)
    return Rule(**fields)


def check_meta(rules, categories, problems) -> None:
    from .kinds import TEXT_KINDS
    from .kinds.meta import check_selectors

    check_selectors(rules, categories, TEXT_KINDS, problems)
