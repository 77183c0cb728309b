"""Load a rulebook directory and validate it, naming file, rule id, problem and fix for each error.

Loading never raises a stack trace at a rulebook author: every problem found is collected and
raised together as one RulebookError, so one run of `dunwatch rules lint` lists them all.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

from .model import SEVERITIES, Category, Rulebook
from .regex.safety import check_pattern
from .discourse import parse_discourse
from .lexicon import NAME, LexiconError, Lexicons, parse_entries
from .schema import Problems, check_meta, langs, rule as parse_rule, str_list
from .kinds.model import check_heads
from .textmodel import ModelError, TextModel
from .yamlsafe import YamlProblem, load_yaml

SCHEMA = 2
SCHEMAS = (1, 2)        # schema 1: no lexicons, kinds or discourse; still read
_BOOK_KEYS = {"name", "version", "schema", "license", "homepage", "contexts", "categories", "discourse"}
_FILE_KEYS = {"category", "contexts", "rules"}
_CATEGORY_KEYS = {"severity", "title", "description"}
LEXICON_DIR = "lexicons"
# The message model (textmodel.py), optional; part of the digest like every rule file.
MODEL_FILE = Path("model") / "message.json"
MAX_MODEL_BYTES = 8 * 1024 * 1024


class RulebookError(Exception):
    """A rulebook that cannot be used; `problems` lists every reason."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


_UNREADABLE = object()
MAX_FILES = 200                    # category files (and lexicons) per rulebook
MAX_BOOK_BYTES = 8 * 1024 * 1024   # all files together (bundled: about 340 KB)


def _read_yaml(path: Path, problems: Problems):
    try:
        return load_yaml(path)
    except YamlProblem as exc:
        problems.add(path.name, None, str(exc), exc.fix)
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(path.name, None, f"cannot be read ({exc})", "check the file exists and is UTF-8")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        problems.add(path.name, None, f"is not valid YAML{line} ({getattr(exc, 'problem', exc)})",
                     "correct the YAML syntax (quote patterns containing ':' or '#')")
    return _UNREADABLE


def _too_big(files: list[Path]) -> str | None:
    """Say why the directory is too big to be a rulebook, before any file is parsed."""
    if len(files) > MAX_FILES:
        return f"{len(files)} YAML files, over the limit of {MAX_FILES}"
    total = sum(p.stat().st_size for p in files)
    return f"{total:,} bytes of YAML, over the limit of {MAX_BOOK_BYTES:,}" if total > MAX_BOOK_BYTES else None


def _canonical_digest(data) -> str:
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _mapping(data: dict, key: str, where: str, problems: Problems) -> dict:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        problems.add(where, None, f"`{key}` must be a mapping of names to entries", "see rules/README.md")
        return {}
    return value


def _sequence(data: dict, key: str, where: str, problems: Problems) -> list:
    value = data.get(key) or []
    if not isinstance(value, list):
        problems.add(where, None, f"`{key}` must be a list of records", "write `- id: …` items under it")
        return []
    return value


def _load_lexicons(root: Path, problems: Problems, raw_files: dict) -> Lexicons:
    """Read rules/lexicons/*.yaml: each a mapping `lexicons: {name: {description, terms}}`."""
    terms: dict[str, tuple] = {}
    for path in sorted((root / LEXICON_DIR).glob("*.yaml")):
        where = f"{LEXICON_DIR}/{path.name}"
        data = _read_yaml(path, problems)
        raw_files[where] = data
        if data is _UNREADABLE:
            continue
        if not isinstance(data, dict) or not isinstance(data.get("lexicons"), dict):
            problems.add(where, None, "is not a mapping with `lexicons:`", "see rules/README.md")
            continue
        for name, raw in data["lexicons"].items():
            if not isinstance(name, str) or not NAME.match(name):
                problems.add(where, None, f"lexicon name {name!r} is not lower_snake_case",
                             "name lexicons like `legal_doc`")
            elif name in terms:
                problems.add(where, None, f"lexicon {name!r} is defined twice", "merge or rename one")
            else:
                terms[name] = parse_entries(name, raw, where, problems)
    lexicons = Lexicons(terms)
    for name in terms:
        try:
            lexicons.expand("{" + name + "}")
        except LexiconError as exc:
            problems.add(LEXICON_DIR, None, f"lexicon {name!r}: {exc}", "remove the cycle or define the name")
    return lexicons


def _load_model(root: Path, problems: Problems, raw_files: dict):
    """Read rules/model/message.json when present; a broken model is a rulebook error, never ignored."""
    path = root / MODEL_FILE
    if not path.is_file():
        return None
    name = MODEL_FILE.as_posix()
    if path.stat().st_size > MAX_MODEL_BYTES:
        problems.add(name, None, f"over {MAX_MODEL_BYTES:,} bytes", "retrain with `dunwatch rules train`")
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        model = TextModel(data)
    except (UnicodeDecodeError, json.JSONDecodeError, ModelError) as exc:
        problems.add(name, None, f"not a valid message model ({exc})", "retrain with `dunwatch rules train`")
        return None
    raw_files[name] = data
    return model


def load_rulebook(path) -> Rulebook:
    """Load and validate the rulebook in directory `path`; raise RulebookError listing all problems."""
    root = Path(path)
    problems = Problems()
    book_path = root / "rulebook.yaml"
    if not book_path.is_file():
        raise RulebookError([f"{root}: no rulebook.yaml. Fix: point at a rules directory that has one."])
    files = sorted(p for p in root.glob("*.yaml") if p.name != "rulebook.yaml")
    too_big = _too_big(files + [book_path] + sorted((root / LEXICON_DIR).glob("*.yaml")))
    if too_big:
        raise RulebookError([f"{root}: {too_big}. Fix: point at a rules directory, not a data dump."])
    book = _read_yaml(book_path, problems)
    book = {} if book is _UNREADABLE or book is None else book
    if not isinstance(book, dict):
        raise RulebookError(["rulebook.yaml: must be a mapping. Fix: see rules/README.md."])
    for key in sorted(set(book) - _BOOK_KEYS):
        problems.add("rulebook.yaml", None, f"unknown field {key!r}", f"use only {sorted(_BOOK_KEYS)}")
    for key in ("name", "version", "license"):
        if not isinstance(book.get(key), str) or not book[key]:
            problems.add("rulebook.yaml", None, f"`{key}` is missing", f"set `{key}:` (quoted)")
    if type(book.get("schema")) is not int or book["schema"] not in SCHEMAS:  # `schema: true` equals 1
        problems.add("rulebook.yaml", None, f"schema {book.get('schema')!r} is not supported",
                     f"this Dunwatch reads schemas {SCHEMAS}")
    categories = {}
    for cid, raw in _mapping(book, "categories", "rulebook.yaml", problems).items():
        if not isinstance(raw, dict):
            problems.add("rulebook.yaml", cid, "a category must be a mapping with severity, title and "
                         "description", "see rules/README.md")
            continue
        for key in sorted(set(raw) - _CATEGORY_KEYS):
            problems.add("rulebook.yaml", cid, f"unknown field {key!r}", f"use only {sorted(_CATEGORY_KEYS)}")
        if raw.get("severity") not in SEVERITIES:
            problems.add("rulebook.yaml", cid, "category severity is invalid", f"use one of {SEVERITIES}")
        title = langs(raw.get("title"), "rulebook.yaml", cid, "title", problems)
        desc = langs(raw.get("description"), "rulebook.yaml", cid, "description", problems)
        categories[cid] = Category(cid, raw.get("severity"), title or {}, desc or {})
    contexts = {}
    raw_files = {"rulebook.yaml": book}
    lexicons = _load_lexicons(root, problems, raw_files)
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
        for key in sorted(set(data) - _FILE_KEYS) if name != "rulebook.yaml" else ():
            problems.add(name, None, f"unknown field {key!r}", f"use only {sorted(_FILE_KEYS)}")
        for cname, pats in _mapping(data, "contexts", name, problems).items():
            if cname in contexts:
                problems.add(name, None, f"context {cname!r} is defined twice", "rename one of them")
            try:
                contexts[cname] = tuple(lexicons.expand(p) for p in
                                        str_list(pats, name, None, f"contexts.{cname}", problems, required=True))
            except LexiconError as exc:
                problems.add(name, None, f"context {cname!r}: {exc}", "define the lexicon or correct its name")
                contexts[cname] = ()
            for p in contexts[cname]:
                for what, fix in check_pattern(p):
                    problems.add(name, None, f"context {cname!r} pattern {p!r}: {what}", fix)
    rules, seen = [], {}
    for p in files:
        data = raw_files.get(p.name)
        if not isinstance(data, dict):
            continue
        category = data.get("category")
        if not isinstance(category, str) or category != p.stem or category not in categories:
            problems.add(p.name, None, f"`category: {category}` does not match the file name or is "
                         "not declared in rulebook.yaml", f"name the file <category>.yaml; categories: "
                         f"{sorted(categories)}")
            continue
        for raw in _sequence(data, "rules", p.name, problems):
            rule = parse_rule(raw, p.name, category, contexts, problems, lexicons)
            if rule is None:
                continue
            if rule.id in seen:
                problems.add(p.name, rule.id, f"duplicate id (also in {seen[rule.id]})",
                             "ids are unique and never reused; deprecate instead of copying")
                continue
            seen[rule.id] = p.name
            rules.append(rule)
    check_meta(rules, categories, problems)
    discourse = parse_discourse(book.get("discourse"), lexicons, problems)
    model = _load_model(root, problems, raw_files)
    check_heads(rules, model, problems)
    if problems:
        raise RulebookError(problems)
    return Rulebook(name=book["name"], version=str(book["version"]), schema=book["schema"],
                    license=book["license"], categories=categories, contexts=contexts,
                    lexicons=lexicons.terms, discourse=discourse,
                    rules=tuple(rules), digest=_canonical_digest(raw_files), path=str(root), model=model)
