"""The shared page scenarios (tests/e2e/scenarios/*.json): loading, matching values, and the Chromium
runner over Playwright. tests/e2e/firefox/run.mjs runs the same files in Firefox; the step vocabulary
is documented in tests/e2e/scenarios/README.md and both runners must keep to it."""
from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCENARIOS = HERE / "scenarios"
PROBES = (HERE / "probes.js").read_text(encoding="utf-8")
EXT_PROBES = (HERE / "ext-probes.js").read_text(encoding="utf-8")
HIGHLIGHT_CSS = HERE.parents[1] / "extension" / "content" / "highlight.css"


def load_all() -> list[dict]:
    """Return every scenario, each with its file's name as a prefix of its id."""
    out = []
    for path in sorted(SCENARIOS.glob("*.json")):
        for scenario in json.loads(path.read_text(encoding="utf-8")):
            scenario["id"] = f"{path.stem}::{scenario['name']}"
            out.append(scenario)
    return out


def highlight_colours() -> dict:
    """Return the colour each highlight style draws with, from highlight.css (decoration or background)."""
    css = HIGHLIGHT_CSS.read_text(encoding="utf-8")
    colours = {}
    for name, body in re.findall(r"::highlight\(dunwatch-(\w+)\)\s*\{([^}]*)\}", css):
        found = re.search(r"text-decoration:[^;]*?(rgb\([^)]*\))", body) or re.search(r"background-color:\s*(rgb\([^)]*\))", body)
        if found:
            colours[name] = found.group(1)
    return colours


def substitute(value, saved: dict):
    """Replace "$name" strings (whole values) by values saved by earlier steps."""
    if isinstance(value, str) and value.startswith("$") and value[1:] in saved:
        return saved[value[1:]]
    if isinstance(value, list):
        return [substitute(v, saved) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, saved) for k, v in value.items()}
    return value


def pick(value, path: str | None):
    for part in (path.split(".") if path else []):
        value = value[int(part)] if isinstance(value, list) else (value or {}).get(part)
    return value


MATCHERS = ("equals", "contains", "excludes", "atLeast", "atMost", "length", "truthy", "falsy", "isNull", "notNull")


def failure(value, step: dict, saved: dict) -> str | None:
    """Return why `value` does not satisfy the step's matchers, or None when it does."""
    value = pick(value, step.get("path"))
    size = len(value) if isinstance(value, (list, str, dict)) else value
    for key in MATCHERS:
        if key not in step:
            continue
        want = substitute(step[key], saved)
        ok = {
            "equals": lambda: value == want,
            "contains": lambda: value is not None and want in value,
            "excludes": lambda: value is None or want not in value,
            "atLeast": lambda: size is not None and size >= want,
            "atMost": lambda: size is not None and size <= want,
            "length": lambda: isinstance(value, (list, str, dict)) and len(value) == want,
            "truthy": lambda: bool(value),
            "falsy": lambda: not value,
            "isNull": lambda: value is None,
            "notNull": lambda: value is not None,
        }[key]()
        if not ok:
            return f"{key} {want!r} failed on {value!r}"[:2000]
    return None


def merged(text: str, matches: list[dict]) -> list[str]:
    """Return the phrases a reader sees: overlapping matches merged into one span of `text`, sorted."""
    spans = []
    for m in sorted(matches, key=lambda m: (m["offset"], -m["length"])):
        end = m["offset"] + m["length"]
        if spans and m["offset"] < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([m["offset"], end])
    # The server counts UTF-16 units; Python strings count code points.
    units = text.encode("utf-16-le")
    return sorted(units[2 * a:2 * b].decode("utf-16-le") for a, b in spans)


def server_matches(server_url: str, text: str, lang: str) -> list[str]:
    """Return the phrases the live server flags in `text` (merged, sorted): the scenarios follow the live rulebook."""
    body = json.dumps({"texts": [text], "lang": lang}).encode()
    request = urllib.request.Request(server_url + "/v1/check", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return merged(text, json.load(response)["results"][0]["matches"])


class ChromiumRunner:
    """Run one scenario's steps in the Chromium context of conftest's `browser` fixture."""

    def __init__(self, ext):
        self.ext, self.pages, self.saved, self.current = ext, {}, {}, None
        self.lang = "zh-Hant"

    # --- where a step runs ---------------------------------------------------------------------------
    def frame(self, step):
        page = self.pages[step.get("on", self.current)]
        frame, x, y = page.main_frame, 0.0, 0.0
        for selector in step.get("frame", []):
            frame.wait_for_selector(selector, state="attached", timeout=15000)
            offset = self.probe(frame, "frameOffset", [selector])
            x, y = x + offset["x"], y + offset["y"]
            frame = frame.query_selector(selector).content_frame()
            frame.wait_for_load_state()
        return page, frame, (x, y)

    def probe(self, frame, name, args):
        frame.evaluate(PROBES)
        return frame.evaluate("([n, a]) => window.__dwProbe[n](...a)", [name, args])

    def ext_probe(self, name, args):
        self.ext.sw(f"() => {{ {EXT_PROBES} }}")
        return self.ext.sw("async ([n, a]) => globalThis.__dwExt[n](...a)", [name, args])

    # --- the steps -------------------------------------------------------------------------------------
    def run(self, scenario):
        self.lang = scenario.get("settings", {}).get("lang", "zh-Hant")
        self.ext_probe("reset", [{"serverUrl": self.ext.server_url, "lang": "zh-Hant", **scenario.get("settings", {})}])
        for index, step in enumerate(scenario["steps"]):
            try:
                getattr(self, "do_" + step["do"])(step)
            except AssertionError as err:
                raise AssertionError(f"step {index} ({step['do']} {step.get('probe', '')}): {err}") from None

    def value(self, step):
        args = substitute(step.get("args", []), self.saved)
        if step["do"] == "ext" or step.get("ext"):
            return self.ext_probe(step["probe"], args)
        _, frame, _ = self.frame(step)
        return self.probe(frame, step["probe"], args)

    def check(self, step, value):
        problem = failure(value, step, self.saved)
        assert problem is None, problem
        if "save" in step:
            self.saved[step["save"]] = pick(value, step.get("path"))

    def do_goto(self, step):
        name = step.get("as", "page")
        page = self.ext.context.new_page()
        page.set_viewport_size({"width": step.get("width", 1280), "height": step.get("height", 800)})
        if step.get("dark"):
            page.emulate_media(color_scheme="dark")
        page.goto(step["url"])
        self.pages[name], self.current = page, name

    def do_popup(self, step):
        tab = None
        for _ in range(60):
            tab = self.ext_probe("tabId", [step["host"]])
            if tab is not None:
                break
            self.pages[self.current].wait_for_timeout(250)
        page = self.ext.context.new_page()
        page.set_viewport_size({"width": 360, "height": 640})
        page.goto(self.ext.ext_url(f"popup/popup.html?tab={tab}" if tab else "popup/popup.html"))
        self.pages["popup"] = page

    def do_wait(self, step):
        timeout = step.get("timeout", 15000)
        page = self.pages[step.get("on", self.current)]
        problem, value = None, None
        for _ in range(max(1, timeout // 200)):
            try:
                value = self.value(step)
                problem = failure(value, step, self.saved)
            except Exception as err:  # a frame still loading, a probe on a page not yet rendered
                problem = f"{type(err).__name__}: {err}"
            if problem is None:
                break
            page.wait_for_timeout(200)
        assert problem is None, f"after {timeout} ms: {problem}"
        self.check(step, value)

    def do_expect(self, step):
        self.check(step, self.value(step))

    do_ext = do_expect

    def do_click(self, step):
        page, frame, (ox, oy) = self.frame(step)
        at = step["at"]
        point = self.probe(frame, at["probe"], substitute(at.get("args", []), self.saved)) if "probe" in at else at
        assert point, f"nothing to click: {at}"
        page.mouse.click(ox + point["x"], oy + point["y"])
        page.wait_for_timeout(step.get("settle", 150))

    def do_press(self, step):
        self.pages[step.get("on", self.current)].keyboard.press(step["key"])

    def do_sleep(self, step):
        self.pages[self.current].wait_for_timeout(step["ms"])

    def do_settings(self, step):
        self.ext.settings(step["values"])
        self.lang = step["values"].get("lang", self.lang)

    def do_scroll(self, step):
        _, frame, _ = self.frame(step)
        frame.evaluate("([s, y]) => { const el = s ? document.querySelector(s) : document.scrollingElement; el.scrollTop = y; }",
                       [step.get("selector"), step["y"]])
        self.pages[self.current].wait_for_timeout(100)

    def do_server(self, step):
        """The element's highlights are exactly what the live server flags in its text."""
        _, frame, _ = self.frame(step)
        text = self.probe(frame, "text", [step["selector"]])
        want = server_matches(self.ext.server_url, text, self.lang)
        assert want or step.get("empty"), f"the rulebook no longer flags {text!r}"
        self.do_wait({**step, "probe": "highlightsIn", "args": [step["selector"]], "equals": want})

    def do_contrast(self, step):
        colours = highlight_colours()
        _, frame, _ = self.frame(step)
        measured = self.probe(frame, "contrast", [colours])
        self.saved.setdefault("contrast", []).append(measured)
        low = {k: v for k, v in measured["ratios"].items() if v < step.get("min", 3)}
        assert set(measured["ratios"]) >= {"high", "medium", "low", "info", "active"}, measured
        assert not low, f"below {step.get('min', 3)}:1 on {measured['background']}: {low}"
