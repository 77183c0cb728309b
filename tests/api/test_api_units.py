"""Fast in-process checks with Flask's test client and plain objects (the HTTP tests cover the contract)."""
from __future__ import annotations

import pytest

from dunwatch.api import create_app
from dunwatch.api.cache import ResultCache
from dunwatch.api.config import SettingsError, load_settings
from dunwatch.api.ratelimit import RateLimiter, retry_after

from .helpers import flagged_example, rules_dir, test_engine


class CountingEngine:
    """Wraps the real engine and counts which texts reach it."""

    def __init__(self, engine):
        self.inner, self.seen = engine, []

    @property
    def rulebook(self):
        return self.inner.rulebook

    def check(self, texts, **kwargs):
        self.seen.extend(texts)
        return self.inner.check(texts, **kwargs)


def test_settings_precedence_defaults_env_overrides():
    assert load_settings({}, environ={}).max_texts == 500
    assert load_settings({}, environ={"DUNWATCH_MAX_TEXTS": "7"}).max_texts == 7
    assert load_settings({"max_texts": 9}, environ={"DUNWATCH_MAX_TEXTS": "7"}).max_texts == 9
    assert load_settings({"max_texts": None}, environ={"DUNWATCH_MAX_TEXTS": "7"}).max_texts == 7
    s = load_settings({}, environ={"DUNWATCH_ALLOW_REMOTE": "yes", "DUNWATCH_CORS_ORIGINS": "https://a.test, https://b.test"})
    assert s.allow_remote is True and s.cors_origins == ("https://a.test", "https://b.test")


@pytest.mark.parametrize("overrides", [{"nonsense": 1}, {"max_texts": 0}, {"rate_limit": -1},
                                       {"cors_origins": ["*"]}, {"cors_origins": ["https://a.test/path"]},
                                       {"cors_origins": ["null"]}, {"log_level": "loud"}, {"port": "http"}])
def test_bad_settings_raise_a_named_error(overrides):
    with pytest.raises(SettingsError):
        load_settings(overrides, environ={})


def test_cache_reuses_results_and_keys_on_every_option():
    engine = CountingEngine(test_engine())
    app = create_app({"rate_limit": 0, "cache_size": 100}, engine=engine)
    client = app.test_client()
    text, rule_id, _ = flagged_example()
    first = client.post("/v1/check", json={"texts": [{"id": "a", "text": text}, "ok"]}).get_json()
    again = client.post("/v1/check", json={"texts": [{"id": "b", "text": text}, "ok", "new"]}).get_json()
    assert engine.seen == [text, "ok", "new"]  # only the new text reached the engine
    assert again["results"][0] == {**first["results"][0], "id": "b"}
    for variant in ({"lang": "en"}, {"disabled_rules": [rule_id]}, {"categories": ["urgency"]}):
        client.post("/v1/check", json={"texts": [text], **variant})
    assert engine.seen.count(text) == 4  # each option set is its own cache entry


def test_cache_is_bounded_lru():
    cache = ResultCache(2)
    keys = [cache.key("d", "en", (), None, t) for t in "abc"]
    cache.put(keys[0], 0)
    cache.put(keys[1], 1)
    assert cache.get(keys[0]) == 0  # a is now the most recently used
    cache.put(keys[2], 2)
    assert len(cache) == 2 and cache.get(keys[1]) is None and cache.get(keys[0]) == 0
    assert cache.key("d", "en", ("b", "a"), ["y", "x"], "t") == cache.key("d", "en", ("a", "b"), ["x", "y"], "t")
    assert cache.key("d1", "en", (), None, "t") != cache.key("d2", "en", (), None, "t")


def test_token_bucket_refills_at_the_rate():
    now = [100.0]
    limiter = RateLimiter(rate=2.0, burst=3, clock=lambda: now[0])
    assert [limiter.take("a") for _ in range(3)] == [0, 0, 0]
    wait = limiter.take("a")
    assert wait == pytest.approx(0.5) and retry_after(wait) == "1"
    assert limiter.take("b") == 0  # buckets are per client
    now[0] += 0.5
    assert limiter.take("a") == 0
    assert RateLimiter(rate=0, burst=1).take("a") == 0  # 0 turns it off


def test_admin_reload_in_process_swaps_the_engine(rules_copy):
    from .helpers import set_version

    app = create_app({"rules": str(rules_copy), "token": "t", "rate_limit": 0})
    client = app.test_client()
    h = {"Authorization": "Bearer t"}
    old = client.get("/healthz").get_json()["rulebook"]
    set_version(rules_copy, "7.7.7")
    r = client.post("/v1/admin/reload", headers=h)
    assert r.status_code == 200 and r.get_json()["rulebook"]["version"] == "7.7.7"
    assert client.get("/healthz").get_json()["rulebook"] == r.get_json()["rulebook"] != old
    assert client.post("/v1/check", json={"texts": ["x"]}, headers=h).get_json()["rulebook"]["version"] == "7.7.7"


def test_app_loads_and_validates_the_rulebook_itself():
    app = create_app({"rules": str(rules_dir())})
    assert app.extensions["dunwatch"].slot.rulebook == test_engine().rulebook


def test_proxy_hops_are_trusted_only_when_configured():
    engine = test_engine()
    trusting = create_app({"trusted_proxies": 1, "rate_limit": 0.001, "rate_burst": 1}, engine=engine).test_client()
    fwd = lambda ip: {"X-Forwarded-For": ip}  # noqa: E731
    assert trusting.get("/v1/rules", headers=fwd("203.0.113.1")).status_code == 200
    assert trusting.get("/v1/rules", headers=fwd("203.0.113.2")).status_code == 200  # another client
    assert trusting.get("/v1/rules", headers=fwd("203.0.113.1")).status_code == 429
    plain = create_app({"rate_limit": 0.001, "rate_burst": 1}, engine=engine).test_client()
    assert plain.get("/v1/rules", headers=fwd("203.0.113.1")).status_code == 200
    assert plain.get("/v1/rules", headers=fwd("203.0.113.2")).status_code == 429  # header ignored


def test_access_log_escapes_control_characters_in_paths(caplog):
    app = create_app({"rate_limit": 0}, engine=test_engine())
    with caplog.at_level("INFO", logger="dunwatch.access"):
        app.test_client().get("/v1/rules/x%0A[forged] line%1b[31m")
    line = [r.getMessage() for r in caplog.records if r.name == "dunwatch.access"][-1]
    assert "\n" not in line and "\x1b" not in line and "\\x0a[forged]" in line
