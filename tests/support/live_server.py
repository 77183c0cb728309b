"""Start a real `dunwatch serve` process on a free loopback port, for tests that talk HTTP.

Stable interface (the API tests and the browser end-to-end tests both use it):

    from support.live_server import live_server          # with <repo>/tests on sys.path

    with live_server(rules=None, token=None, workers=1, extra_args=(), env=None) as srv:
        srv.base_url            # "http://127.0.0.1:<port>", no trailing slash
        srv.process             # the subprocess.Popen of the server's master process
        srv.stderr_text()       # everything the server has written to stderr so far (its log)
        srv.stdout_text()       # its stdout (the "Dunwatch listening on ..." line)
        srv.headers             # {"Authorization": "Bearer <token>"} or {}
        srv.wait_for_stderr("text", timeout=10)   # block until the log contains "text"
        base_url, process = srv # unpacking works too

The server runs as `python -c "from dunwatch.cli import main; main()" serve --host 127.0.0.1
--port 0 ...` with this interpreter, so the checkout or the installed package under test is what
runs. `--port 0` lets the kernel pick the port; the helper reads it from the server's startup line,
so there is no race for a "free" port. It returns once GET /healthz answers 200. On exit it sends
SIGTERM and waits for a clean shutdown (SIGKILL after `stop_timeout` seconds).
`extra_args` are appended to the command line (later flags win), `env` entries are added to
the environment (e.g. {"DUNWATCH_LOG_LEVEL": "debug"}); `rules` is a rules directory.

As a pytest fixture:

    @pytest.fixture(scope="module")
    def server():
        with live_server(token="t0k3n") as srv:
            yield srv
"""
from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

__all__ = ["live_server", "LiveServer", "ServerFailed"]

_LAUNCH = "import sys; from dunwatch.cli import main; sys.argv[0] = 'dunwatch'; sys.exit(main())"
_URL_LINE = re.compile(r"listening on (http://\S+)")


class ServerFailed(RuntimeError):
    """The server exited or did not come up in time; the message carries its stderr."""


class _Drain(threading.Thread):
    """Read a pipe to the end so a chatty server never blocks on a full pipe."""

    def __init__(self, pipe, on_line=None):
        super().__init__(daemon=True)
        self.pipe, self.on_line, self.lines = pipe, on_line, []
        self.lock = threading.Lock()

    def run(self):
        for line in iter(self.pipe.readline, ""):
            with self.lock:
                self.lines.append(line)
            if self.on_line:
                self.on_line(line)
        self.pipe.close()

    def text(self) -> str:
        with self.lock:
            return "".join(self.lines)


class LiveServer:
    def __init__(self, process, token, stdout: _Drain, stderr: _Drain):
        self.process, self.token = process, token
        self._stdout, self._stderr = stdout, stderr
        self.base_url = None

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def url(self, path: str) -> str:
        return self.base_url + path

    def stderr_text(self) -> str:
        return self._stderr.text()

    def stdout_text(self) -> str:
        return self._stdout.text()

    def wait_for_stderr(self, needle: str, timeout: float = 10.0, after: int = 0) -> str:
        """Wait until stderr (from character `after` on) contains `needle`; return all of stderr."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.stderr_text()
            if needle in text[after:]:
                return text
            time.sleep(0.05)
        raise ServerFailed(f"{needle!r} not in the server's stderr after {timeout} s:\n{self.stderr_text()}")

    def __iter__(self):
        return iter((self.base_url, self.process))


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/healthz", timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _stop(process, timeout: float) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        # The server has its own process group (start_new_session), so this reaches its workers
        # and nothing else.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


@contextlib.contextmanager
def live_server(rules=None, token=None, workers=1, extra_args=(), env=None,
                start_timeout: float = 60.0, stop_timeout: float = 20.0):
    """Run `dunwatch serve` on 127.0.0.1 and yield a LiveServer once /healthz answers."""
    cmd = [sys.executable, "-c", _LAUNCH, "serve", "--host", "127.0.0.1", "--port", "0"]
    if workers is not None:  # None: the server's own default, as a user runs it
        cmd += ["--workers", str(workers)]
    if rules is not None:
        cmd += ["--rules", str(rules)]
    if token is not None:
        cmd += ["--token", token]
    cmd += [str(a) for a in extra_args]
    full_env = dict(os.environ, PYTHONUNBUFFERED="1")
    full_env.update(env or {})
    process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
                               env=full_env, start_new_session=True)
    found = threading.Event()
    urls = []

    def on_stdout(line):
        match = _URL_LINE.search(line)
        if match and not urls:
            urls.append(match.group(1).rstrip("/"))
            found.set()

    out, err = _Drain(process.stdout, on_stdout), _Drain(process.stderr)
    out.start()
    err.start()
    server = LiveServer(process, token, out, err)
    try:
        deadline = time.monotonic() + start_timeout
        while not found.wait(0.1):
            if process.poll() is not None or time.monotonic() > deadline:
                err.join(2)
                raise ServerFailed(f"server did not start (exit {process.poll()}):\n{err.text()}")
        server.base_url = urls[0]
        while not _healthy(server.base_url):
            if process.poll() is not None or time.monotonic() > deadline:
                raise ServerFailed(f"/healthz never answered (exit {process.poll()}):\n{err.text()}")
            time.sleep(0.05)
        yield server
    finally:
        _stop(process, stop_timeout)
        out.join(5)
        err.join(5)
