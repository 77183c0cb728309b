"""Read one rulebook YAML file into plain JSON types, or say exactly why not (issue 10).

PyYAML's safe loader still builds dates, bytes and sets, accepts any key type, and expands aliases
without limit (the "billion laughs"). A rulebook needs none of that: strings, numbers, booleans,
null, lists and string-keyed mappings. Anything else, an oversized file, a too-deep nesting or
aliases that expand past a bound is refused with the file, the line and the key.
"""
from __future__ import annotations

from pathlib import Path

import yaml

MAX_FILE_BYTES = 1024 * 1024      # the largest bundled file is about 55 KB
MAX_VALUES = 100_000              # values after alias expansion, per file (bundled: at most 1,300)
MAX_DEPTH = 32                    # nesting levels (bundled: 6)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it: ~10x faster
_PLAIN = {"tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "seq", "map")}
_NAMES = {"timestamp": "a date or time", "binary": "binary data", "set": "a set", "omap": "an ordered map",
          "pairs": "a list of pairs", "value": "a `=` value"}


class YamlProblem(ValueError):
    """One reason a file cannot be used; `where` is "line N, key K" or "" for the whole file."""

    def __init__(self, where: str, what: str, fix: str):
        super().__init__(f"{where}: {what}" if where else what)
        self.where, self.what, self.fix = where, what, fix


def _where(node, path: list) -> str:
    key = ".".join(str(p) for p in path)
    return f"line {node.start_mark.line + 1}" + (f", key `{key}`" if key else "")


def _check(root) -> None:
    """Walk the node graph once (aliases are shared nodes): tags, keys, depth, expanded size."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack = [(root, [], False)]
    while stack:
        node, path, done = stack.pop()
        nid = id(node)
        if done:
            open_nodes.discard(nid)
            children = node.value if isinstance(node, yaml.SequenceNode) else (
                [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else [])
            sizes[nid] = 1 + sum(sizes.get(id(c), 1) for c in children)  # keys: scalars, 1 each
            if sizes[nid] > MAX_VALUES:
                raise YamlProblem(_where(node, path), f"expands to more than {MAX_VALUES:,} values "
                                  "(anchors and aliases that multiply)", "write the values out, or "
                                  "use fewer nested aliases")
            continue
        if nid in sizes:
            continue
        if nid in open_nodes:
            raise YamlProblem(_where(node, path), "an alias refers to a value that contains it",
                              "remove the self-reference")
        if len(path) > MAX_DEPTH:
            raise YamlProblem(_where(node, path), f"is nested more than {MAX_DEPTH} levels deep",
                              "flatten the structure")
        if node.tag not in _PLAIN:
            name = _NAMES.get(node.tag.rsplit(":", 1)[-1], f"the YAML type {node.tag}")
            raise YamlProblem(_where(node, path), f"holds {name}, which a rulebook never uses",
                              "quote the value to make it text (e.g. '2026-01-01'), or use a plain list")
        open_nodes.add(nid)
        stack.append((node, path, True))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, path + [i], False) for i, child in enumerate(node.value))
        elif isinstance(node, yaml.MappingNode):
            seen = set()
            for key, value in node.value:
                if key.tag == "tag:yaml.org,2002:merge":
                    stack.append((value, path + ["<<"], False))
                    continue
                if not isinstance(key, yaml.ScalarNode) or key.tag != "tag:yaml.org,2002:str":
                    raise YamlProblem(_where(key, path), f"has the key {_show(key)}, which is not text",
                                      "quote the key, e.g. '1': …")
                if key.value in seen:
                    raise YamlProblem(_where(key, path), f"has the key `{key.value}` twice",
                                      "keep one of them")
                seen.add(key.value)
                stack.append((value, path + [key.value], False))


def _show(node) -> str:
    return repr(node.value[:40]) if isinstance(node, yaml.ScalarNode) else "a list or mapping"


def load_yaml(path: Path):
    """Return the file's content (None when empty); raise OSError, UnicodeDecodeError, yaml.YAMLError or YamlProblem."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise YamlProblem("", f"is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,}",
                          "split it or shorten it")
    text = path.read_bytes().decode("utf-8")
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()
