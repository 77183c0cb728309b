"""Browser end-to-end fixtures: the real extension in the system Chromium, fixture pages served under
the webmail hosts' real names over local HTTPS, and the real Dunwatch server.

Without Chromium (or Playwright) the browser tests are skipped, loudly; under CI (CI=true) that is a
failure instead, so a CI machine cannot pass by not running them.
"""
from __future__ import annotations

import ssl
import sys
import threading
import http.server
from pathlib import Path

import pytest

from .harness import (
    ARTIFACTS, CHROMIUM, EXTENSION, IN_CI, ROOT, SITES, Browser, SiteHandler, browser_problem, make_certificate,
)

sys.path.insert(0, str(ROOT / "tests"))  # support.live_server

_PROBLEM = browser_problem()


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(here):
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if _PROBLEM and not IN_CI:
        terminalreporter.write_line(
            f"WARNING: browser end-to-end tests were SKIPPED: {_PROBLEM}. "
            "The extension was not tested in a browser.", yellow=True, bold=True)


@pytest.fixture(scope="session", autouse=False)
def browser_ready():
    if _PROBLEM:
        if IN_CI:
            pytest.fail(f"CI=true but the browser tests cannot run: {_PROBLEM}", pytrace=False)
        pytest.skip(f"browser tests skipped: {_PROBLEM}")


# --- the fixture sites over HTTPS ---------------------------------------------------------------

@pytest.fixture(scope="session")
def sites(browser_ready, tmp_path_factory):
    """Serve the fixture pages over HTTPS on a loopback port; yields the port."""
    cert, key = make_certificate(tmp_path_factory.mktemp("tls"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SiteHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


@pytest.fixture(scope="session")
def dunwatch(browser_ready):
    """The real Dunwatch server with the bundled rulebook."""
    from support.live_server import live_server

    with live_server() as srv:
        yield srv


# --- the browser with the extension --------------------------------------------------------------

@pytest.fixture(scope="session")
def browser(browser_ready, sites, dunwatch, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    user_data = tmp_path_factory.mktemp("profile")
    rules = ", ".join(f"MAP {host} 127.0.0.1:{sites}" for host in SITES)
    args = [
        f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}",
        f"--host-resolver-rules={rules}", "--ignore-certificate-errors", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=zh-TW", "--font-render-hinting=none",
    ]
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(user_data), executable_path=CHROMIUM, headless=True, args=args,
            viewport={"width": 1280, "height": 800}, locale="zh-TW")
        try:
            worker = context.service_workers[0] if context.service_workers else \
                context.wait_for_event("serviceworker", timeout=15000)
            yield Browser(context, worker, dunwatch.base_url)
        finally:
            context.close()


@pytest.fixture
def ext(browser):
    """The browser with settings reset to defaults (pointed at the test server); pages closed after."""
    browser.reset()
    yield browser
    for page in list(browser.context.pages):
        try:
            page.close()
        except Exception:
            pass


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


