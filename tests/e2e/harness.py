"""The browser end-to-end harness: paths, the fixture-site server, the browser wrapper, helpers."""
from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import socket
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# DUNWATCH_E2E_EXTENSION runs the suite against another build (e.g. a checkout before a fix, to see it fail).
EXTENSION = Path(os.environ.get("DUNWATCH_E2E_EXTENSION") or ROOT / "extension")
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("DUNWATCH_CHROMIUM", "/usr/bin/chromium")
FIREFOX = os.environ.get("DUNWATCH_FIREFOX", "/usr/bin/firefox-esr")
SITES = {"mail.google.com": "gmail", "mail.qq.com": "qq", "messages.google.com": "messages",
         "outlook.live.com": "outlook", "mail.163.com": "163", "voice.google.com": "voice",
         "mail.yahoo.com": "yahoo"}
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}

sys.path.insert(0, str(ROOT / "tests"))
from support.chromium import https_sites  # noqa: E402


def browser_problem() -> str | None:
    """Return why the browser tests cannot run here, or None."""
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set DUNWATCH_CHROMIUM)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python Playwright is not installed (pip install -e '.[test]')"
    if shutil.which("openssl") is None:
        return "the openssl command is needed to make the fixture sites' certificate"
    return None


def firefox_problem() -> str | None:
    """Return why the Firefox tests cannot run here, or None."""
    if not (os.path.isfile(FIREFOX) and os.access(FIREFOX, os.X_OK)):
        return f"Firefox not found at {FIREFOX} (apt-get install firefox-esr, or set DUNWATCH_FIREFOX)"
    if shutil.which("node") is None:
        return "Node.js is needed to drive Firefox (puppeteer-core)"
    if not (ROOT / "extension" / "node_modules" / "puppeteer-core").is_dir():
        return "puppeteer-core is not installed (make setup)"
    if shutil.which("openssl") is None:
        return "the openssl command is needed to make the fixture sites' certificate"
    return None


@contextlib.contextmanager
def https_sites_at(handler, hosts, directory: Path, address: tuple[str, int]):
    """Serve `handler` over HTTPS at `address` (Firefox reaches the real host names on port 443)."""
    with https_sites(handler, hosts, directory, address):
        yield address


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serve tests/e2e/fixtures/<site>/ by the Host header, like the real host names would."""

    def translate_path(self, path):
        host = (self.headers.get("Host") or "").split(":")[0]
        site = SITES.get(host, "gmail")
        rel = path.split("?", 1)[0].split("#", 1)[0].lstrip("/") or "index.html"
        target = (FIXTURES / site / rel).resolve()
        if not target.is_relative_to(FIXTURES / site):
            return str(FIXTURES / "missing")
        # Like a single-page webmail: any path that is not a file gets the app page.
        return str(target if target.is_file() else FIXTURES / site / "index.html")

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass



def free_port() -> int:
    """Return a loopback port nobody listens on (for the server-down test)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """The persistent Chromium context with the unpacked extension, and helpers to drive it."""

    def __init__(self, context, worker, server_url):
        self.context, self.worker, self.server_url = context, worker, server_url
        self.extension_id = worker.url.split("/")[2]

    def ext_url(self, path: str) -> str:
        return f"chrome-extension://{self.extension_id}/{path}"

    def sw(self, expression: str, arg=None):
        """Evaluate in the extension's service worker (restarted workers are picked up)."""
        workers = [w for w in self.context.service_workers if self.extension_id in w.url]
        if workers:
            self.worker = workers[-1]
        return self.worker.evaluate(expression, arg)

    def settings(self, values: dict) -> None:
        self.sw("(v) => chrome.storage.local.set(v)", values)

    def reset(self) -> None:
        self.sw("() => chrome.storage.local.clear()")
        self.settings({"serverUrl": self.server_url, "lang": "zh-Hant"})

    def expected(self, text: str, lang: str = "zh-Hant") -> list[dict]:
        """Return what the server flags in `text`: the e2e tests follow the live rulebook, not a copy."""
        request = urllib.request.Request(
            self.server_url + "/v1/check", data=json.dumps({"texts": [text], "lang": lang}).encode(),
            headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)["results"][0]["matches"]

    def badge(self, tab_id=None) -> str:
        arg = {} if tab_id is None else {"tabId": tab_id}
        return self.sw("(a) => chrome.action.getBadgeText(a)", arg)

    def tab_id(self, host: str):
        """Return the id of the newest open tab whose top frame reported `host` (background tab state)."""
        return self.sw("""async (host) => {
            let best = null;
            for (const id of Dunwatch.tabs.known()) {
              const frames = await Dunwatch.tabs.get(id);
              const open = await chrome.tabs.get(id).then(() => true, () => false);
              if (open && Object.values(frames).some((f) => f.host === host) && (best === null || id > best)) best = id;
            }
            return best;
          }""", host)


def save_screenshot(page, name: str, **kwargs) -> Path:
    """Save a screenshot in test-artifacts/; copy it to docs/screenshots/ (the README's) when that copy
    is missing or DUNWATCH_UPDATE_SCREENSHOTS=1, so ordinary test runs do not churn committed images."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), **kwargs)
    docs_copy = SCREENSHOTS / name
    if not docs_copy.exists() or os.environ.get("DUNWATCH_UPDATE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, docs_copy)
    return path
