"""The shared page scenarios (scenarios/*.json) in Chromium; test_firefox.py runs the same files in Firefox."""
import pytest

from .scenarios import ChromiumRunner, load_all

pytestmark = pytest.mark.browser
SCENARIOS = [s for s in load_all() if "chromium" in s.get("browsers", ["chromium", "firefox"])]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_scenario_in_chromium(ext, scenario):
    ChromiumRunner(ext).run(scenario)
