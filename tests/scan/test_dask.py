"""The Dask path: the same scan on a local distributed cluster gives the same summary."""
import os

import pytest

from dunwatch.scan_command import scan

IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="module")
def client():
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        if IN_CI:
            pytest.fail("CI=true but dask[distributed] is not installed (it is in the test extra)")
        pytest.skip("dask[distributed] is not installed (pip install -e '.[test]')")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


@pytest.mark.slow
def test_dask_scan_equals_local_scan(client, engine, archive_dir):
    from dunwatch.scan_dask import scan_dask

    paths = [archive_dir / "backup.xml", archive_dir / "mail.mbox", archive_dir / "sms.db"]
    local, _, _ = scan(paths, engine, tz="Asia/Shanghai", lang="en", workers=1)
    remote, tally, sources = scan_dask(paths, engine, client, tz="Asia/Shanghai", lang="en")
    assert local["totals"]["flagged"] > 0
    for key in ("totals", "by_category", "senders", "messages", "sources", "quiet_hours", "rulebook"):
        assert remote[key] == local[key], key
    # The cluster's workers are separate processes, and they are the ones that loaded a rulebook.
    pids = client.run(os.getpid)
    assert len(pids) == 2 and os.getpid() not in pids.values()
    assert any(client.run(lambda: bool(__import__("dunwatch.scan").scan._ENGINES)).values())
    assert len(tally.flagged) == remote["totals"]["flagged"] and len(sources) == 3
