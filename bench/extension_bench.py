"""The extension in real Chromium, with the real server: a Gmail-like inbox of 1,000 messages.

Each run serves a freshly generated page (new texts from the real corpus, so neither the extension's
answer cache nor the server's flatters it) under https://mail.google.com (local HTTPS, the e2e
harness's way), renders the 1,000 rows by script after `load` like Gmail, and measures:

- time to highlights: from the moment the page's script has inserted the rows ("page ready") to the
  last change of the extension's highlight registry (CSS.highlights sizes, read once per animation
  frame from the page, so ±1 frame), once the registry holds every range the server's matches call
  for (counted beforehand with the same engine, in this process);
- long tasks: renderer main-thread tasks over 50 ms in a CDP trace (devtools.timeline), from
  navigation until 1 s after the last highlight, with the share of each spent in the extension's
  scripts (JS events whose script URL is chrome-extension://…);
- memory: the page renderer's JS heap (Runtime.getHeapUsage after HeapProfiler.collectGarbage), with
  and without the extension, and the extension service worker's heap;
- a burst: 100 new messages inserted at the top of the open page at once (SPA-style), time until their
  highlights are placed, and long tasks meanwhile.

The same page without the extension (Chromium started without it) is the baseline.
"""
from __future__ import annotations

import bisect
import http.server
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from dunwatch import Engine

from .stats import summary
from .texts import make_messages

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from e2e.harness import CHROMIUM, EXTENSION, browser_problem  # noqa: E402
from support.chromium import extension_worker, https_sites, launch  # noqa: E402
from support.live_server import live_server  # noqa: E402

# Another unpacked build of the extension to measure (a before/after comparison); default: extension/.
EXTENSION_DIR = Path(os.environ.get("DUNWATCH_BENCH_EXTENSION") or EXTENSION)
HOST = "mail.google.com"
URL = f"https://{HOST}/mail/u/0/#inbox"
ROWS = int(os.environ.get("DUNWATCH_BENCH_ROWS") or 1000)
BURST = 100
HEAVY_SHARE = 0.2          # collection-heavy messages; the rest are ordinary
RUNS = 5
LONG_TASK_MS = 50.0
QUIET_S = 1.0              # traced after the last highlight (the report to the badge, late tasks)
RENDER_DELAY_MS = 300      # the page renders its rows this long after `load`
TRACE_CATEGORIES = ",".join([
    "toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute",
    "blink.user_timing",
])
STATIC_TEXTS = ["Gmail", "收件匣", "已加星號", "寄件備份", "草稿", "主要", "社交網路", "促銷內容"]
SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴"
GIVEN = "志明俊傑家豪冠宇建宏雅婷怡君淑芬美玲佳穎宗翰承恩彥廷品妤心怡子涵柏翰詠晴思妤宇軒欣怡文華國華秀英麗華"
COMPANIES = ["國泰世華銀行", "中華電信", "蝦皮購物", "台灣大哥大", "玉山銀行", "台電", "博客來", "統一發票",
             "富邦產險", "遠傳電信", "郵局", "健保署", "學校通知", "物業管理中心", "社區管委會"]


# --- the fixture page ---------------------------------------------------------------------------

PAGE = """<!doctype html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>收件匣 - Gmail (Dunwatch benchmark)</title>
<style>
  body { margin: 0; font: 14px/1.5 "Noto Sans CJK TC", sans-serif; color: #202124; background: #f6f8fc; }
  header { height: 56px; display: flex; align-items: center; padding: 0 16px; font-size: 20px; color: #5f6368; }
  .app { display: grid; grid-template-columns: 200px 1fr; }
  nav div { padding: 6px 16px; border-radius: 0 16px 16px 0; }
  nav .on { background: #d3e3fd; font-weight: 600; }
  main { background: #fff; border-radius: 16px; margin-right: 16px; padding: 8px 0; }
  .tabs { display: flex; gap: 24px; padding: 8px 16px; color: #5f6368; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  tr.zA td { padding: 8px 12px; border-bottom: 1px solid #f1f3f4; cursor: pointer; white-space: nowrap;
             overflow: hidden; text-overflow: ellipsis; }
  td.yX { width: 160px; } td.xW { width: 80px; text-align: right; }
  .bog { font-weight: 600; }
  .y2 { color: #5f6368; }
</style>
</head>
<body>
<header>Gmail</header>
<div class="app">
  <nav><div class="on">收件匣</div><div>已加星號</div><div>寄件備份</div><div>草稿</div></nav>
  <main>
    <div class="tabs"><div>主要</div><div>社交網路</div><div>促銷內容</div></div>
    <table role="grid"><tbody id="list"><tr><td>Loading…</td></tr></tbody></table>
  </main>
</div>
<script type="application/json" id="data">__DATA__</script>
<script>
  // Measurement: the extension's highlight registry, read once per animation frame.
  const B = window.__bench = { count: 0, changed: 0, changes: 0, rendered: 0, burstAt: 0 };
  const NAMES = ['dunwatch-high', 'dunwatch-medium', 'dunwatch-low', 'dunwatch-info'];
  function tick() {
    let n = 0;
    for (const name of NAMES) { const h = CSS.highlights.get(name); if (h) n += h.size; }
    if (n !== B.count) { B.count = n; B.changed = performance.now(); B.changes += 1; }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);

  // The app: like Gmail, the inbox rows are rendered by script after load.
  const data = JSON.parse(document.getElementById('data').textContent);
  let nextId = 0;
  function rows(items) {
    const frag = document.createDocumentFragment();
    for (const [from, subject, snippet, date] of items) {
      const tr = document.createElement('tr');
      tr.className = 'zA';
      tr.id = 'm' + (nextId++);
      tr.innerHTML = '<td class="yX"><span class="bog"></span></td>' +
        '<td class="snip"><span class="bog s"></span><span class="y2"> - </span></td><td class="xW"><span></span></td>';
      tr.querySelector('.yX .bog').textContent = from;
      tr.querySelector('.snip .s').textContent = subject;
      tr.querySelector('.y2').append(snippet);
      tr.querySelector('.xW span').textContent = date;
      frag.append(tr);
    }
    return frag;
  }
  window.addEventListener('load', () => setTimeout(() => {
    const list = document.getElementById('list');
    list.textContent = '';
    list.append(rows(data.rows));
    B.rendered = performance.now();
    performance.mark('bench:rendered');
  }, __RENDER_DELAY__));
  // New mail arriving in the open page: prepended at once, like a single-page webmail.
  window.__burst = () => {
    B.burstAt = performance.now();
    performance.mark('bench:burst');
    const list = document.getElementById('list');
    list.insertBefore(rows(data.burst), list.firstChild);
    return B.burstAt;
  };
</script>
</body>
</html>
"""


def _names(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        if rng.random() < 0.2:
            out.append(rng.choice(COMPANIES) + ("客服" if rng.random() < 0.5 else ""))
        else:
            out.append(rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2))))
    return out


def make_rows(engine, rng: random.Random, n: int) -> list[list[str]]:
    """Return n rows [from, subject, snippet, date]: HEAVY_SHARE collection-heavy, the rest ordinary."""
    heavy_n = round(n * HEAVY_SHARE)
    pools = {}
    for heavy, count in ((True, heavy_n), (False, n - heavy_n)):
        texts = []
        while len(texts) < 2 * count:
            texts += make_messages(engine, rng, 200 * 2 * count, heavy=heavy)
        pools[heavy] = texts[:2 * count]
    kinds = [True] * heavy_n + [False] * (n - heavy_n)
    rng.shuffle(kinds)
    senders = _names(rng, n)
    out = []
    for i, heavy in enumerate(kinds):
        first, second = pools[heavy].pop(), pools[heavy].pop()
        subject = first.split(" ", 1)[-1][:rng.randint(12, 30)]
        date = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        out.append([senders[i], subject, second, date])
    return out


def block_texts(rows: list[list[str]]) -> list[str]:
    """The texts the content script sends for these rows: one per row (a message), its cells as lines."""
    return [f"{sender}\n{subject} - {snippet}\n{date}" for sender, subject, snippet, date in rows]


def _spans(matches: list[dict]) -> int:
    """How many phrases overlapping matches make (the extension merges them into one highlight)."""
    ends = []
    for m in sorted(matches, key=lambda m: (m["offset"], -m["length"])):
        if ends and m["offset"] < ends[-1]:
            ends[-1] = max(ends[-1], m["offset"] + m["length"])
        else:
            ends.append(m["offset"] + m["length"])
    return len(ends)


def expected_ranges(engine, texts: list[str]) -> int:
    """How many highlight ranges the extension should paint for these texts (default settings)."""
    return sum(_spans(r["matches"]) for r in engine.check(texts, lang="zh-Hant"))


def build_page(rows, burst) -> str:
    data = json.dumps({"rows": rows, "burst": burst}, ensure_ascii=False).replace("</", "<\\/")
    return PAGE.replace("__DATA__", data).replace("__RENDER_DELAY__", str(RENDER_DELAY_MS))


class _PageHandler(http.server.BaseHTTPRequestHandler):
    """Serve the current benchmark page for every path (a single-page webmail)."""

    page = b""

    def do_GET(self):
        body = self.page if not self.path.startswith("/favicon") else b""
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


# --- the CDP trace ------------------------------------------------------------------------------

class _Tracer:
    """Record a CDP trace of the page's target (devtools.timeline, toplevel, the V8 sampling profiler)."""

    def __init__(self, page, cdp, profile: bool):
        self.page, self.cdp, self.events, self.done = page, cdp, [], False
        self.categories = TRACE_CATEGORIES + (",disabled-by-default-v8.cpu_profiler" if profile else "")
        cdp.on("Tracing.dataCollected", lambda p: self.events.extend(p["value"]))
        cdp.on("Tracing.tracingComplete", self._complete)

    def _complete(self, _params):
        self.done = True

    def start(self):
        self.events, self.done = [], False
        self.cdp.send("Tracing.start", {"categories": self.categories, "transferMode": "ReportEvents"})

    def stop(self) -> list[dict]:
        self.cdp.send("Tracing.end")
        deadline = time.monotonic() + 60
        while not self.done and time.monotonic() < deadline:
            self.page.wait_for_timeout(50)
        return self.events


JS_EVENTS = ("FunctionCall", "EvaluateScript", "v8.compile", "TimerFire", "EventDispatch", "FireAnimationFrame")


def _is_extension_url(url) -> bool:
    return isinstance(url, str) and (url.startswith("chrome-extension://") or url.startswith("extensions::"))


def _extension_samples(events: list[dict], pid: int, tid: int) -> list[tuple[float, float]]:
    """Return (start µs, duration µs) of each CPU-profile sample of (pid, tid) in extension script."""
    profiles = {e["id"]: e for e in events if e["name"] == "Profile" and e["pid"] == pid and e["tid"] == tid}
    out = []
    for pid_id, profile in profiles.items():
        nodes, samples, deltas = {}, [], []
        for e in events:
            if e["name"] != "ProfileChunk" or e.get("id") != pid_id or e["pid"] != pid:
                continue
            data = e["args"]["data"]
            for node in (data.get("cpuProfile") or {}).get("nodes", []):
                nodes[node["id"]] = node
            samples += (data.get("cpuProfile") or {}).get("samples", [])
            deltas += data.get("timeDeltas", [])
        ext = {}

        def in_extension(node_id):
            if node_id not in ext:
                node = nodes.get(node_id)
                ext[node_id] = bool(node) and (_is_extension_url(node["callFrame"].get("url"))
                                               or ("parent" in node and in_extension(node["parent"])))
            return ext[node_id]

        t = profile["args"]["data"]["startTime"]
        times = []
        for d in deltas:
            t += d
            times.append(t)
        for i, node_id in enumerate(samples[:len(times)]):
            if i + 1 < len(times) and in_extension(node_id):
                out.append((times[i], times[i + 1] - times[i]))
    return out


def analyse_trace(events: list[dict], mark: str) -> dict:
    """Tasks on the page's renderer main thread (the thread of the page's performance mark `mark`)."""
    marks = [e for e in events if e["name"] == mark]
    if not marks:
        return {"error": f"mark {mark} not in the trace"}
    pid, tid, at = marks[0]["pid"], marks[0]["tid"], marks[0]["ts"]
    main = [e for e in events if e["pid"] == pid and e["tid"] == tid and e.get("ph") == "X"]
    tasks, end = [], -1
    for e in sorted((e for e in main if e["name"] == "RunTask"), key=lambda e: e["ts"]):
        if e["ts"] >= end:  # outermost tasks only
            tasks.append(e)
            end = e["ts"] + e.get("dur", 0)
    ext_js = sorted(e["ts"] for e in main if e["name"] in JS_EVENTS
                    and _is_extension_url(((e.get("args") or {}).get("data") or {}).get("url")))
    layouts = sorted(e["ts"] for e in main if e["name"] == "Layout")
    paints = sorted(e["ts"] for e in main if e["name"] == "Paint")
    samples = sorted(_extension_samples(events, pid, tid))
    sample_at = [t for t, _ in samples]
    cumulative = [0.0]
    for _, d in samples:
        cumulative.append(cumulative[-1] + d)

    def between(times, lo, hi):
        return bisect.bisect_left(times, hi) - bisect.bisect_left(times, lo)

    long_tasks, ext_longest, render, frames = [], 0.0, None, []
    for task in tasks:
        dur = task.get("dur", 0)
        lo, hi = task["ts"], task["ts"] + dur
        i, j = bisect.bisect_left(sample_at, lo), bisect.bisect_left(sample_at, hi)
        ext_us = cumulative[j] - cumulative[i]
        extension = between(ext_js, lo, hi) > 0 or ext_us >= 1000
        if extension:
            ext_longest = max(ext_longest, dur / 1000)
        if render is None and lo >= at and between(layouts, lo, hi):
            render = task  # the page's first layout after the mark: its own rendering of the new rows
        elif render is not None and between(paints, lo, hi):
            frames.append(task)  # a frame that painted something once the page was idle: highlight changes
        if dur > LONG_TASK_MS * 1000:
            # extension: runs extension script; render: the page's rendering of its rows; before: page load;
            # after: any other task once the page is idle (rendering frames of highlight changes).
            kind = ("extension" if extension else "render" if task is render else "before" if lo < at else "after")
            long_tasks.append({"ms": dur / 1000, "cpu_ms": task.get("tdur", dur) / 1000, "kind": kind,
                               "extension_ms": ext_us / 1000, "at_ms": (lo - at) / 1000})
    caused = [t for t in long_tasks if t["kind"] in ("extension", "after")]
    return {
        "long_tasks": len(long_tasks), "longest_ms": max((t["ms"] for t in long_tasks), default=0.0),
        "extension_long_tasks": sum(t["kind"] == "extension" for t in long_tasks),
        "after_long_tasks": sum(t["kind"] == "after" for t in long_tasks),
        "caused_long_tasks": len(caused),
        "caused_longest_ms": max((t["ms"] for t in caused), default=0.0),
        "caused_longest_cpu_ms": max((t["cpu_ms"] for t in caused), default=0.0),
        "extension_task_longest_ms": ext_longest,
        "render_task_ms": render.get("dur", 0) / 1000 if render else None,
        "render_task_cpu_ms": render.get("tdur", render.get("dur", 0)) / 1000 if render else None,
        "repaints": len(frames),
        "repaint_cpu_ms": sum(t.get("tdur", t.get("dur", 0)) for t in frames) / 1000,
        "busy_ms": sum(t.get("dur", 0) for t in tasks) / 1000,
        "busy_cpu_ms": sum(t.get("tdur", t.get("dur", 0)) for t in tasks) / 1000,
        "extension_script_ms": cumulative[-1] / 1000,
        "tasks": long_tasks,
    }


# --- memory -------------------------------------------------------------------------------------

def _page_heap(cdp) -> int:
    cdp.send("HeapProfiler.collectGarbage")
    cdp.send("HeapProfiler.collectGarbage")
    return cdp.send("Runtime.getHeapUsage")["usedSize"]


def _worker_heap(page, cdp) -> int | None:
    """The extension service worker's JS heap after GC, through a non-flat CDP session, or None."""
    try:
        sw = [t for t in cdp.send("Target.getTargets")["targetInfos"]
              if t["type"] == "service_worker" and t["url"].startswith("chrome-extension://")]
        if not sw:
            return None
        session = cdp.send("Target.attachToTarget", {"targetId": sw[0]["targetId"], "flatten": False})["sessionId"]
        replies = {}

        def on_message(p):
            if p.get("sessionId") == session:
                msg = json.loads(p["message"])
                if "id" in msg:
                    replies[msg["id"]] = msg

        cdp.on("Target.receivedMessageFromTarget", on_message)
        for n, method in enumerate(("HeapProfiler.collectGarbage", "HeapProfiler.collectGarbage",
                                    "Runtime.getHeapUsage"), 1):
            cdp.send("Target.sendMessageToTarget",
                     {"sessionId": session, "message": json.dumps({"id": n, "method": method})})
            deadline = time.monotonic() + 10
            while n not in replies and time.monotonic() < deadline:
                page.wait_for_timeout(20)
        cdp.send("Target.detachFromTarget", {"sessionId": session})
        return replies.get(3, {}).get("result", {}).get("usedSize")
    except Exception:  # noqa: BLE001 - a figure we can do without
        return None


# --- one page load ------------------------------------------------------------------------------

READ = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return { ...window.__bench, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
}"""


def _one(context, engine, rng, extension: bool, traced: bool) -> dict:
    rows, burst = make_rows(engine, rng, ROWS), make_rows(engine, rng, BURST)
    want = expected_ranges(engine, STATIC_TEXTS + block_texts(rows))
    want_burst = expected_ranges(engine, block_texts(burst))
    _PageHandler.page = build_page(rows, burst).encode()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    tracer = _Tracer(page, cdp, profile=True) if traced else None
    out = {"expected": want, "expected_burst": want_burst}
    try:
        if tracer:
            tracer.start()
        page.goto(URL, wait_until="load")
        if extension:
            page.wait_for_function("(n) => __bench.rendered > 0 && __bench.count >= n", arg=want,
                                   timeout=30000, polling=50)
        else:
            page.wait_for_function("() => __bench.rendered > 0", timeout=30000, polling=50)
        page.wait_for_timeout(QUIET_S * 1000)
        b = page.evaluate(READ)
        if tracer:
            out["load_trace"] = analyse_trace(tracer.stop(), "bench:rendered")
        out["count"] = b["count"]
        if extension:
            out["ready_to_highlights_ms"] = b["changed"] - b["rendered"]
            out["dcl_to_highlights_ms"] = b["changed"] - b["dcl"]
            out["load_to_highlights_ms"] = b["changed"] - b["load"]
        out["heap_bytes"] = _page_heap(cdp)

        if tracer:
            tracer.start()
        page.evaluate("() => __burst()")
        if extension:
            page.wait_for_function("(n) => __bench.count >= n", arg=want + want_burst, timeout=30000, polling=50)
        page.wait_for_timeout(QUIET_S * 1000)
        b2 = page.evaluate(READ)
        if tracer:
            out["burst_trace"] = analyse_trace(tracer.stop(), "bench:burst")
        out["burst_count"] = b2["count"]
        if extension:
            out["burst_to_highlights_ms"] = b2["changed"] - b2["burstAt"]
        out["heap_after_burst_bytes"] = _page_heap(cdp)
        if extension:
            out["worker_heap_bytes"] = _worker_heap(page, cdp)
    finally:
        page.close()
    return out


def _session(playwright, tmp: Path, port: int, server_url: str, extension: bool, runs: int) -> tuple[list, str]:
    """Launch Chromium (with or without the extension); a warm-up load, then `runs` × (untraced, traced).
    Return the runs and the browser's version."""
    engine = Engine.default()
    rng = random.Random()
    user_data = Path(tempfile.mkdtemp(dir=tmp))
    context = launch(playwright, user_data, port, [HOST], extension=EXTENSION_DIR if extension else None,
                     chromium=CHROMIUM)
    try:
        if extension:
            worker = extension_worker(context)
            worker.evaluate("(v) => chrome.storage.local.set(v)", {"serverUrl": server_url, "lang": "zh-Hant"})
        page = context.pages[0] if context.pages else context.new_page()
        version = context.new_cdp_session(page).send("Browser.getVersion")["product"]
        _one(context, engine, rng, extension, traced=False)  # warm-up: JIT, server worker, service worker
        results = []
        for _ in range(runs):
            plain = _one(context, engine, rng, extension, traced=False)
            traced = _one(context, engine, rng, extension, traced=True)
            results.append({"plain": plain, "traced": traced})
        return results, version
    finally:
        context.close()


# --- the benchmark ------------------------------------------------------------------------------

def _stat(values) -> dict | None:
    values = [v for v in values if v is not None]
    return summary(values) if values else None


def _collect(runs: list[dict], extension: bool) -> dict:
    plain = [r["plain"] for r in runs]
    traced = [r["traced"] for r in runs]
    out = {
        "complete": all(r["count"] == r["expected"] and r["burst_count"] == r["expected"] + r["expected_burst"]
                        for r in plain + traced) if extension else None,
        "ranges": _stat([r["expected"] for r in plain]),
        "heap_mb": _stat([r["heap_bytes"] / 1e6 for r in plain]),
        "heap_after_burst_mb": _stat([r["heap_after_burst_bytes"] / 1e6 for r in plain]),
    }
    if extension:
        for key in ("ready_to_highlights_ms", "dcl_to_highlights_ms", "burst_to_highlights_ms"):
            out[key] = _stat([r[key] for r in plain])
        out["traced_ready_to_highlights_ms"] = _stat([r["ready_to_highlights_ms"] for r in traced])
        out["worker_heap_mb"] = _stat([r["worker_heap_bytes"] / 1e6 if r.get("worker_heap_bytes") else None
                                       for r in plain])
    for phase in ("load", "burst"):
        traces = [r[f"{phase}_trace"] for r in traced]
        out[phase] = {key: _stat([t.get(key) for t in traces]) for key in (
            "long_tasks", "longest_ms", "extension_long_tasks", "after_long_tasks", "caused_long_tasks",
            "caused_longest_ms", "caused_longest_cpu_ms", "extension_task_longest_ms", "render_task_ms",
            "render_task_cpu_ms", "repaints", "repaint_cpu_ms", "busy_ms", "busy_cpu_ms", "extension_script_ms")}
        out[phase]["tasks"] = [[{"ms": round(t["ms"], 1), "cpu_ms": round(t["cpu_ms"], 1), "kind": t["kind"]}
                                for t in tr.get("tasks", [])] for tr in traces]
    return out


def run(runs: int = RUNS) -> dict:
    from playwright.sync_api import sync_playwright

    problem = browser_problem()
    if problem:
        return {"skipped": problem}
    started = time.perf_counter()
    figures = {"rows": ROWS, "burst": BURST, "heavy_share": HEAVY_SHARE, "runs": runs,
               "long_task_ms": LONG_TASK_MS}
    with tempfile.TemporaryDirectory() as tmp, live_server() as srv, \
            https_sites(_PageHandler, [HOST], Path(tmp)) as port, sync_playwright() as p:
        raw = {}
        for extension in (True, False):
            raw[extension], figures["chromium"] = _session(p, Path(tmp), port, srv.base_url, extension, runs)
    figures["with"] = _collect(raw[True], extension=True)
    figures["without"] = _collect(raw[False], extension=False)
    w, wo = figures["with"], figures["without"]
    figures["heap_added_mb"] = w["heap_mb"]["median"] - wo["heap_mb"]["median"]
    figures["heap_added_after_burst_mb"] = w["heap_after_burst_mb"]["median"] - wo["heap_after_burst_mb"]["median"]
    figures["targets"] = {
        "ready_to_highlights_le_1500ms": w["ready_to_highlights_ms"]["median"] <= 1500,
        "no_extension_long_tasks": (w["load"]["caused_long_tasks"]["max"] == 0
                                    and w["burst"]["caused_long_tasks"]["max"] == 0),
    }
    figures["seconds"] = time.perf_counter() - started
    return figures


# --- the report ---------------------------------------------------------------------------------

# Measured once, back to back, with this benchmark: the build before the fix through
# DUNWATCH_BENCH_EXTENSION=<a checkout of extension/ before it>, then the current one (5 loads each).
FIX_NOTES = [
    "**Fixed: highlight repaints while answers trickle in.** The content script sends a 1,000-message page "
    "as 25 requests whose answers arrive over ~200 ms, while the local server is computing them on the "
    "same cores. It painted each answer as it came, so every answer cost the page a rendering frame "
    "(prepaint + paint of the highlights, 13–16 ms of main-thread CPU each), and frames that met the "
    "server's work on a busy 2-core machine were stretched past 50 ms: 112 and 83 ms long tasks (13 and "
    "16 ms of CPU) in 2 of 5 loads, and 3 of 5 in an earlier run. The checker (content/checker.js) now "
    "hands answers on together: at once when the last request of a flush is answered, and meanwhile at "
    "most every 150 ms. Before → after, median (min–max) of 5 loads each, run back to back:",
    "",
    "| 1,000 messages | before | after |",
    "|---|---|---|",
    "| long tasks > 50 ms caused by the extension, per load | 0 (0–1), in 2 of 5 loads | 0 (0–0) |",
    "| frames repainting highlights, count / main-thread CPU ms | 6 (4–8) / 73 (44–94) | 1 (1–2) / 16 (12–26) |",
    "| main-thread CPU added by the extension (busy CPU with − without, medians), ms | 146 | 82 |",
    "| page ready → all highlights placed, ms | 582 (558–645) | 501 (489–588) |",
    "| burst: frames repainting highlights, count / CPU ms | 2 (1–2) / 37 (14–52) | 1 (1–1) / 16 (13–21) |",
    "",
    "Not fixed, and not counted above as the extension's: with the extension the page's own rendering of "
    "the 100 new rows takes ~8–10 ms more main-thread CPU (≈ 42 against 33 ms), which sometimes takes "
    "that task of the page's past 50 ms. The injected `highlight.css` (`::highlight()` rules) accounts "
    "for ~4 ms of it in a controlled run without the extension; the number of live highlight ranges "
    "(48 against 800) made no measurable difference there. The longest task running any extension "
    "script (26–42 ms) is the page's own insertion script, at whose end the extension's mutation "
    "observer notes the new rows; the extension's own longest, re-reading the list, takes ~15–25 ms.",
    "",
]

def _mmm(s: dict | None, fmt: str = "{:.0f}") -> str:
    if not s:
        return "—"
    return f"{fmt.format(s['median'])} ({fmt.format(s['min'])}–{fmt.format(s['max'])})"


def _yes(ok) -> str:
    return "met" if ok else "**missed**"


def _table(title: str, w: dict, wo: dict, phase: str, head_rows: list) -> list[str]:
    x, y = w[phase], wo[phase]
    rows = head_rows[:-1] + [
        ("long tasks > 50 ms caused by the extension", _mmm(x["caused_long_tasks"]), _mmm(y["caused_long_tasks"]),
         f"none: {_yes(x['caused_long_tasks']['max'] == 0)}"),
        ("… of which run extension script", _mmm(x["extension_long_tasks"]), "—", ""),
        ("… the longest, wall ms / main-thread CPU ms",
         f"{_mmm(x['caused_longest_ms'])} / {_mmm(x['caused_longest_cpu_ms'])}", "—", ""),
        ("longest task running any extension script, ms", _mmm(x["extension_task_longest_ms"]), "—", ""),
        ("all long tasks > 50 ms", _mmm(x["long_tasks"]), _mmm(y["long_tasks"]), ""),
        ("the page's own rendering of the new rows, wall ms / CPU ms",
         f"{_mmm(x['render_task_ms'])} / {_mmm(x['render_task_cpu_ms'])}",
         f"{_mmm(y['render_task_ms'])} / {_mmm(y['render_task_cpu_ms'])}", ""),
        ("frames repainting after the page's own rendering (highlight changes): count / CPU ms",
         f"{_mmm(x['repaints'])} / {_mmm(x['repaint_cpu_ms'])}", f"{_mmm(y['repaints'])} / {_mmm(y['repaint_cpu_ms'])}", ""),
        ("main-thread busy, wall ms / CPU ms", f"{_mmm(x['busy_ms'])} / {_mmm(x['busy_cpu_ms'])}",
         f"{_mmm(y['busy_ms'])} / {_mmm(y['busy_cpu_ms'])}", ""),
        ("extension script on the main thread (sampled), ms", _mmm(x["extension_script_ms"]), "—", ""),
    ] + head_rows[-1:]
    return [f"| {title} | with the extension | without | target |", "|---|---|---|---|"] + [
        f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows] + [""]


def _tasks(runs: list) -> str:
    return " ".join("[" + ", ".join(f"{t['ms']:.0f}/{t['cpu_ms']:.0f} {t['kind']}" for t in r) + "]" for r in runs)


def section(f: dict) -> list[str]:
    if "skipped" in f:
        return ["## Extension", "", f"Not measured: {f['skipped']}.", ""]
    w, wo = f["with"], f["without"]
    t = f["targets"]
    mb = "{:.2f}"
    lines = [
        "## Extension", "",
        f"The real extension in {f['chromium']} (headless, started the way the browser tests start it) with a "
        f"real `dunwatch serve` (default settings), on a Gmail-like inbox served as https://{HOST} over local "
        f"HTTPS. Each load is a freshly generated page of {f['rows']:,} message rows (sender, subject + "
        f"snippet, date: {f['rows'] * 3:,} table cells) with new texts from the real corpus, "
        f"{f['heavy_share']:.0%} collection-heavy and the rest ordinary, so neither the extension's nor the "
        "server's answer cache flatters it; like Gmail, the page's script inserts the rows "
        f"{RENDER_DELAY_MS} ms after `load`. Baseline: the same pages in Chromium started without the "
        f"extension. Median (min–max) over {f['runs']} loads each, after one warm-up load; the local server "
        "and Chromium share the machine's cores, as on a user's computer.", "",
        "- **Page ready → all highlights placed**: from the moment the page's script has inserted the rows "
        "to the last change of the extension's highlight registry (`CSS.highlights` sizes, read by the page "
        "once per animation frame, so to within a frame), waiting until it holds every range the server's "
        "matches call for (counted with the same engine beforehand). DOMContentLoaded → highlights adds the "
        "page's own load and render delay.",
        "- **Long tasks**: renderer main-thread tasks (`RunTask`) over 50 ms of wall-clock time, as the Long "
        "Tasks API counts them, in a CDP trace (`devtools.timeline`, `toplevel`, the V8 sampling profiler) from "
        "navigation to 1 s after the last highlight, on separate traced loads (tracing slows everything a "
        "little); the trace's thread time gives each task's main-thread CPU. A long task is caused by the "
        "extension when it runs extension script (a JS event whose script URL is `chrome-extension://…`, or "
        "≥ 1 ms of profiler samples in extension frames), or when it comes after the page's own rendering of "
        "the rows, once the page is idle: rendering frames of highlight changes (the same rule finds none "
        "without the extension). The page's own rendering of its rows is listed apart, with and without.",
        "- **Memory**: the page renderer's JS heap (`Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`; "
        "it includes the content scripts' isolated world), and the extension service worker's, the same way.",
        f"- **Burst**: {f['burst']} new messages inserted at the top of the open inbox at once (one DOM "
        "insertion, SPA-style): time until their highlights are placed, and tasks meanwhile.", "",
        f"All highlights placed in every load and burst: {'yes' if w['complete'] else '**no**'}. "
        f"Ranges per page: {_mmm(w['ranges'])}.", "",
        *_table(f"{f['rows']:,} messages", w, wo, "load", [
            ("page ready → all highlights placed, ms", _mmm(w["ready_to_highlights_ms"]), "—",
             f"≤ 1,500: {_yes(t['ready_to_highlights_le_1500ms'])}"),
            ("DOMContentLoaded → all highlights placed, ms", _mmm(w["dcl_to_highlights_ms"]), "—", ""),
            ("page JS heap after GC, MB", _mmm(w["heap_mb"], mb), _mmm(wo["heap_mb"], mb), ""),
        ]),
        *_table(f"burst of {f['burst']} new messages", w, wo, "burst", [
            ("arrival → their highlights placed, ms", _mmm(w["burst_to_highlights_ms"]), "—", ""),
            ("page JS heap after GC, MB", _mmm(w["heap_after_burst_mb"], mb), _mmm(wo["heap_after_burst_mb"], mb), ""),
        ]),
        f"Script memory added by the extension (difference of the medians): {f['heap_added_mb']:.2f} MB in the "
        f"page after {f['rows']:,} messages, {f['heap_added_after_burst_mb']:.2f} MB after the burst; the "
        f"service worker's heap: {_mmm(w['worker_heap_mb'], mb)} MB.",
        "",
        "Every long task of the traced loads, wall ms / main-thread CPU ms and kind (with the extension; "
        "without): " + _tasks(w["load"]["tasks"]) + "; " + _tasks(wo["load"]["tasks"]) + ". Burst: " +
        _tasks(w["burst"]["tasks"]) + "; " + _tasks(wo["burst"]["tasks"]) + ".",
        "",
    ]
    return lines + FIX_NOTES
