"""`rules update https://...` from a local HTTPS server on loopback (a throwaway openssl certificate)."""
from __future__ import annotations

import functools
import http.server
import os
import shutil

import pytest

from support.chromium import https_sites

from .conftest import IN_CI, dunwatch
from .test_update import refuse, snapshot


class Publisher(http.server.SimpleHTTPRequestHandler):
    """Serve the bundles; /cut/NAME promises the whole file but sends half; /redirect goes to http."""

    def do_GET(self):
        if self.path.startswith("/redirect/"):
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:9/" + self.path.split("/", 2)[2])
            self.end_headers()
            return
        if self.path.startswith("/cut/") and not self.path.endswith(".minisig"):
            data = open(os.path.join(self.directory, self.path[5:]), "rb").read()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.close_connection = True
            return
        if self.path.startswith("/cut/"):
            self.path = self.path[4:]
        super().do_GET()

    def log_message(self, *args):
        pass


@pytest.fixture
def site(tmp_path, publisher):
    if shutil.which("openssl") is None:
        (pytest.fail if IN_CI else pytest.skip)("openssl is needed to make the test certificate")
    root = tmp_path / "site"
    root.mkdir()
    for version in ("9.0.0", "9.1.0"):
        bundle = publisher.bundle(version)
        shutil.copy(bundle, root / f"{version}.tar.gz")
        shutil.copy(str(bundle) + ".minisig", root / f"{version}.tar.gz.minisig")
    handler = functools.partial(Publisher, directory=str(root))
    with https_sites(handler, ["localhost"], tmp_path) as port:
        yield f"https://localhost:{port}", tmp_path / "cert.pem"


def test_update_over_https(home, publisher, site):
    base, cert = site
    untrusted = dunwatch("rules", "update", f"{base}/9.0.0.tar.gz", "--pubkey", publisher.pub)
    assert untrusted.returncode == 1 and "CERTIFICATE_VERIFY_FAILED" in untrusted.stderr, untrusted.stderr
    env = {"DUNWATCH_CA_FILE": str(cert)}
    out = dunwatch("rules", "update", f"{base}/9.0.0.tar.gz", "--pubkey", publisher.pub, env=env)
    assert out.returncode == 0, out.stderr
    assert os.readlink(home / "rulebooks" / "current") == "9.0.0"
    before = snapshot(home)
    cut = dunwatch("rules", "update", f"{base}/cut/9.1.0.tar.gz", "--pubkey", publisher.pub, env=env)
    refuse(home, before, cut, "was cut short")
    moved = dunwatch("rules", "update", f"{base}/redirect/9.1.0.tar.gz", "--pubkey", publisher.pub, env=env)
    refuse(home, before, moved, "redirects to http://127.0.0.1:9/9.1.0.tar.gz: rulebooks are downloaded over https only")
    missing = dunwatch("rules", "update", f"{base}/9.9.9.tar.gz", "--pubkey", publisher.pub, env=env)
    refuse(home, before, missing, "HTTP 404")
