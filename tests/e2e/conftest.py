"""Browser end-to-end fixtures: the real extension in the system Chromium, fixture pages served under
the webmail hosts' real names over local HTTPS, and the real Dunwatch server.

Without Chromium (or Playwright) the browser tests are skipped, loudly; under CI (CI=true) that is a
failure instead, so a CI machine cannot pass by not running them.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .harness import ARTIFACTS, CHROMIUM, EXTENSION, IN_CI, ROOT, SITES, Browser, SiteHandler, browser_problem

sys.path.insert(0, str(ROOT / "tests"))  # support.live_server, support.chromium
from support.chromium import extension_worker, https_sites, launch  # noqa: E402

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
    with https_sites(SiteHandler, SITES, tmp_path_factory.mktemp("tls")) as port:
        yield port


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
    with sync_playwright() as p:
        context = launch(p, user_data, sites, SITES, extension=EXTENSION, chromium=CHROMIUM)
        try:
            yield Browser(context, extension_worker(context), dunwatch.base_url)
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


