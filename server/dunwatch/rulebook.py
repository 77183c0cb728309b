"""Load a rulebook directory and validate it, naming file, rule id, problem and fix for each error.

Loading never raises a stack trace at a rulebook author: every problem found is collected and
raised together as one RulebookError, so one run of `dunwatch rules lint` lists them all.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import yaml

from .model import (LANGS, SEVERITIES, STATUSES, TEXT_FIELDS, Category, Example, Rule,
                    Rulebook)
from .safety import check_pattern

SCHEMA = 1
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$")
_RULE_KEYS = {"id", "status", "severity", "kind", "report", "patterns", "anti_patterns", "context",
              "all", "any", "min", "highlight", "references", "falsepositives", "examples",
              *TEXT_FIELDS}
_BOOK_KEYS = {"name", "version", "schema", "license", "homepage", "contexts", "categories"}


class RulebookError(Exception):
    """A rulebook that cannot be used; `problems` lists every reason."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class _Problems(list):
    def add(self, where: str, rule_id: str | None, what: str, fix: str) -> None:
        prefix = f"{where}: {rule_id}: " if rule_id else f"{where}: "
        self.append(f"{prefix}{what}. Fix: {fix}.")


_UNREADABLE = object()
# libyaml's loader when PyYAML was built with it: the same safe subset, about ten times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path, problems: _Problems):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(path.name, None, f"cannot be read ({exc})", "check the file exists and is UTF-8")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        problems.add(path.name, None, f"is not valid YAML{line} ({getattr(exc, 'problem', exc)})",
                     "correct the YAML syntax (quote patterns containing ':' or '#')")
    return _UNREADABLE


def _langs(value, where, rule_id, name, problems) -> dict | None:
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


def _str_list(value, where, rule_id, name, problems, required=False) -> tuple:
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
    out = []
    for key, least in (("match", 3), ("no_match", 2)):
        items = []
        for item in value.get(key) or []:
            if isinstance(item, str):
                items.append(Example(item))
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
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


def _rule(raw, where, category, contexts, problems) -> Rule | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        problems.add(where, None, "a rule has no `id`", "give every rule a stable kebab-case id")
        return None
    rid = raw["id"]
    prefix = category.replace("_", "-") + "."
    if not _ID.match(rid) or not rid.startswith(prefix):
        problems.add(where, rid, "the id is not of the form `<category>.<name>` in kebab-case",
                     f"use an id like `{prefix}some-name`")
    unknown = sorted(set(raw) - _RULE_KEYS)
    if unknown:
        problems.add(where, rid, f"unknown field(s) {unknown}", f"use only {sorted(_RULE_KEYS)}")
    status, severity = raw.get("status"), raw.get("severity")
    if status not in STATUSES:
        problems.add(where, rid, f"status {status!r} is not one of {STATUSES}", "set `status:`")
    if severity not in SEVERITIES:
        problems.add(where, rid, f"severity {severity!r} is not one of {SEVERITIES}", "set `severity:`")
    kind = raw.get("kind", "pattern")
    if kind not in ("pattern", "meta"):
        problems.add(where, rid, f"kind {kind!r} is unknown", "use `pattern` (default) or `meta`")
    text = {f: _langs(raw.get(f), where, rid, f, problems) for f in TEXT_FIELDS}
    ctx = _str_list(raw.get("context"), where, rid, "context", problems)
    for name in ctx:
        if name not in contexts:
            problems.add(where, rid, f"context {name!r} is not defined",
                         f"use one of {sorted(contexts)} or define it under `contexts:`")
    active = status != "deprecated"
    match, no_match = _examples(raw.get("examples"), where, rid, problems, active)
    fields = dict(
        id=rid, category=category, severity=severity, status=status, kind=kind,
        report=bool(raw.get("report", True)), text=text, context=ctx,
        references=_references(raw.get("references"), where, rid, problems),
        falsepositives=_str_list(raw.get("falsepositives"), where, rid, "falsepositives", problems),
        match_examples=match, no_match_examples=no_match, source=where)
    if kind == "meta":
        for key in ("patterns", "anti_patterns"):
            if key in raw:
                problems.add(where, rid, f"a meta rule has `{key}`", "move patterns to a signal rule")
        all_of = _str_list(raw.get("all"), where, rid, "all", problems)
        any_of = _str_list(raw.get("any"), where, rid, "any", problems)
        min_any = raw.get("min", 1 if any_of else 0)
        if not all_of and not any_of:
            problems.add(where, rid, "a meta rule needs `all` or `any`", "list the selectors it combines")
        if not isinstance(min_any, int) or min_any < 0 or min_any > len(any_of):
            problems.add(where, rid, f"`min` {min_any!r} must be between 0 and len(any)", "fix `min`")
            min_any = 0
        highlight = raw.get("highlight") or (all_of or any_of or (None,))[0]
        if highlight not in all_of + any_of:
            problems.add(where, rid, f"`highlight` {highlight!r} is not among `all`/`any`",
                         "name one of the selectors the rule combines")
        fields.update(all_of=all_of, any_of=any_of, min_any=min_any, highlight=highlight)
    else:
        pats = _str_list(raw.get("patterns"), where, rid, "patterns", problems, required=True)
        anti = _str_list(raw.get("anti_patterns"), where, rid, "anti_patterns", problems)
        for p in pats + anti:
            for what, fix in check_pattern(p):
                problems.add(where, rid, f"pattern {p!r}: {what}", fix)
        fields.update(patterns=pats, anti_patterns=anti)
    return Rule(**fields)


def _check_meta(rules, categories, problems) -> None:
    kinds = {r.id: r.kind for r in rules}
    for rule in rules:
        for sel in rule.all_of + rule.any_of:
            if sel.startswith("category:"):
                if sel[9:] not in categories:
                    problems.add(rule.source, rule.id, f"selector {sel!r} names no category",
                                 f"use one of {sorted(categories)}")
            elif kinds.get(sel) != "pattern":
                problems.add(rule.source, rule.id, f"selector {sel!r} is not a pattern rule",
                             "name a pattern rule id or `category:<id>`")


def _canonical_digest(data) -> str:
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


def load_rulebook(path) -> Rulebook:
    """Load and validate the rulebook in directory `path`; raise RulebookError listing all problems."""
    root = Path(path)
    problems = _Problems()
    book_path = root / "rulebook.yaml"
    if not book_path.is_file():
        raise RulebookError([f"{root}: no rulebook.yaml. Fix: point at a rules directory that has one."])
    book = _read_yaml(book_path, problems)
    book = {} if book is _UNREADABLE or book is None else book
    if not isinstance(book, dict):
        raise RulebookError([f"rulebook.yaml: must be a mapping. Fix: see rules/README.md."])
    for key in sorted(set(book) - _BOOK_KEYS):
        problems.add("rulebook.yaml", None, f"unknown field {key!r}", f"use only {sorted(_BOOK_KEYS)}")
    for key in ("name", "version", "license"):
        if not isinstance(book.get(key), str) or not book[key]:
            problems.add("rulebook.yaml", None, f"`{key}` is missing", f"set `{key}:` (quoted)")
    if book.get("schema") != SCHEMA:
        problems.add("rulebook.yaml", None, f"schema {book.get('schema')!r} is not supported",
                     f"this Dunwatch reads schema {SCHEMA}")
    categories = {}
    for cid, raw in (book.get("categories") or {}).items():
        raw = raw or {}
        if raw.get("severity") not in SEVERITIES:
            problems.add("rulebook.yaml", cid, "category severity is invalid", f"use one of {SEVERITIES}")
        title = _langs(raw.get("title"), "rulebook.yaml", cid, "title", problems)
        desc = _langs(raw.get("description"), "rulebook.yaml", cid, "description", problems)
        categories[cid] = Category(cid, raw.get("severity"), title or {}, desc or {})
    contexts = {}
    files = sorted(p for p in root.glob("*.yaml") if p.name != "rulebook.yaml")
    raw_files = {"rulebook.yaml": book}
    for src in [("rulebook.yaml", book)] + [(p.name, None) for p in files]:
        name, data = src
        if data is None:
            data = _read_yaml(root / name, problems)
            raw_files[name] = data
        if data is _UNREADABLE:
            continue
        if not isinstance(data, dict):
            if name != "rulebook.yaml":
                problems.add(name, None, "is not a mapping with `category` and `rules`", "see rules/README.md")
            continue
        for cname, pats in (data.get("contexts") or {}).items():
            if cname in contexts:
                problems.add(name, None, f"context {cname!r} is defined twice", "rename one of them")
            contexts[cname] = _str_list(pats, name, None, f"contexts.{cname}", problems, required=True)
            for p in contexts[cname]:
                for what, fix in check_pattern(p):
                    problems.add(name, None, f"context {cname!r} pattern {p!r}: {what}", fix)
    rules, seen = [], {}
    for p in files:
        data = raw_files.get(p.name)
        if not isinstance(data, dict):
            continue
        category = data.get("category")
        if category != p.stem or category not in categories:
            problems.add(p.name, None, f"`category: {category}` does not match the file name or is "
                         "not declared in rulebook.yaml", f"name the file <category>.yaml; categories: "
                         f"{sorted(categories)}")
            continue
        for raw in data.get("rules") or []:
            rule = _rule(raw, p.name, category, contexts, problems)
            if rule is None:
                continue
            if rule.id in seen:
                problems.add(p.name, rule.id, f"duplicate id (also in {seen[rule.id]})",
                             "ids are unique and never reused; deprecate instead of copying")
                continue
            seen[rule.id] = p.name
            rules.append(rule)
    _check_meta(rules, categories, problems)
    if problems:
        raise RulebookError(problems)
    return Rulebook(name=book["name"], version=str(book["version"]), schema=SCHEMA,
                    license=book["license"], categories=categories, contexts=contexts,
                    rules=tuple(rules), digest=_canonical_digest(raw_files), path=str(root))
