"""The shared page scenarios (scenarios/*.json) in Firefox ESR: the real extension installed as a
temporary add-on, driven by puppeteer-core over WebDriver BiDi (firefox/run.mjs), against the same
fixture sites and the real Dunwatch server. One Firefox run serves every scenario; each scenario is
reported as its own test. Without Firefox, Node or puppeteer-core this is skipped, loudly; under CI
(CI=true) that is a failure."""
import json
import subprocess
import sys

import pytest

from .harness import FIREFOX, ROOT, IN_CI, SITES, SiteHandler, firefox_problem, https_sites_at
from .scenarios import load_all

pytestmark = pytest.mark.browser
SCENARIOS = [s for s in load_all() if "firefox" in s.get("browsers", ["chromium", "firefox"])]
SITES_IP = "127.0.0.1"  # network.dns.localDomains maps the hosts there; the sites listen on 443


@pytest.fixture(scope="session")
def firefox_results(dunwatch, tmp_path_factory):
    problem = firefox_problem()
    if problem:
        if IN_CI:
            pytest.fail(f"CI=true but the Firefox tests cannot run: {problem}", pytrace=False)
        pytest.skip(f"Firefox tests skipped: {problem}")
    work = tmp_path_factory.mktemp("firefox")
    out = work / "results.json"
    with https_sites_at(SiteHandler, SITES, work, (SITES_IP, 443)):
        run = subprocess.run(
            ["node", str(ROOT / "tests" / "e2e" / "firefox" / "run.mjs"), "--server", dunwatch.base_url,
             "--sites-ip", SITES_IP, "--out", str(out), "--firefox", FIREFOX],
            capture_output=True, text=True, timeout=1800)
    sys.stderr.write(run.stderr[-4000:])
    assert run.returncode == 0 and out.exists(), f"the Firefox runner failed:\n{run.stderr[-4000:]}"
    return {r["id"]: r for r in json.loads(out.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_scenario_in_firefox(firefox_results, scenario):
    result = firefox_results.get(scenario["id"])
    assert result is not None, "the Firefox runner did not run this scenario"
    assert result["ok"], result.get("error")
