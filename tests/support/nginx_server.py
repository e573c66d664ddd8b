"""The site behind its production nginx configuration (deploy/nginx/), for
tests: rendered for a built site folder and a free port on 127.0.0.1,
started as an ordinary process (`nginx -c <conf> -p <dir>`, in the
foreground so its PID is the master's), stopped by that PID.

    with nginx_serving(site_dir, work_dir) as server:
        server.url("/palliative-care/es/")   # "http://127.0.0.1:PORT/palliative-care/es/"

(A session fixture in each test module that needs it wraps this.)
"""

from __future__ import annotations

import contextlib
import http.client
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from patient_site.hosting.nginx_config import render
from patient_site.translations.languages import read_site_languages

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEPLOY_DIR = PROJECT_DIR / "deploy" / "nginx"
HOST = "127.0.0.1"
# Where the hospital may serve the site: at the root and under a sub-path.
BASES = ("/", "/palliative-care/")
START_TIMEOUT = 15.0


@dataclass(frozen=True)
class Server:
    origin: str  # "http://127.0.0.1:PORT"
    pid: int
    run_dir: Path

    def url(self, path: str) -> str:
        assert path.startswith("/"), path
        return self.origin + path

    def error_log(self) -> str:
        path = self.run_dir / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _run_as_root(command: list[str]) -> subprocess.CompletedProcess[str]:
    if os.geteuid() != 0:
        command = ["sudo", "-n", *command]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)


def debian_program(name: str, package: str, path: str) -> str:
    """The program `name` (Debian package `package`), installed with apt-get
    when it is missing; a clear test failure when it cannot be."""
    found = shutil.which(name) or (path if os.access(path, os.X_OK) else None)
    if found:
        return found
    install = _run_as_root(["apt-get", "install", "-y", "--no-install-recommends", package])
    if install.returncode != 0:
        # A fresh machine may need the package lists first.
        _run_as_root(["apt-get", "update", "-qq"])
        install = _run_as_root(["apt-get", "install", "-y", "--no-install-recommends", package])
    found = shutil.which(name) or (path if os.access(path, os.X_OK) else None)
    if install.returncode != 0 or not found:
        pytest.fail(
            f"{name} is not installed and `apt-get install -y {package}` failed "
            f"(exit {install.returncode}): {install.stderr.strip()[-800:]}\n"
            f"Install it (as root: apt-get install -y {package}, or `bash scripts/setup.sh test`) and run the tests again.",
            pytrace=False,
        )
    return found


def nginx_binary() -> str:
    return debian_program("nginx", "nginx", "/usr/sbin/nginx")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def _answers(port: int) -> bool:
    connection = http.client.HTTPConnection(HOST, port, timeout=1)
    try:
        connection.request("HEAD", "/index.html")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop nginx by its master's PID: graceful first, then for good."""
    if process.poll() is not None:
        return
    os.kill(process.pid, signal.SIGQUIT)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@contextlib.contextmanager
def nginx_serving(site_dir: Path, work_dir: Path) -> Iterator[Server]:
    """Serve `site_dir` with the production configuration until the block ends."""
    nginx = nginx_binary()
    # Worker processes must read the site: when the tests run as root (whose
    # temporary folders other users cannot enter) they run as root too.
    user = pwd.getpwuid(os.geteuid()).pw_name
    last_error = ""
    for _attempt in range(3):  # another process may take the free port first
        port = _free_port()
        run_dir = work_dir / f"nginx-{port}"
        run_dir.mkdir(parents=True)
        conf = render(
            run_dir / "conf", template_dir=DEPLOY_DIR, languages=read_site_languages(PROJECT_DIR / "mkdocs.yml"),
            listen=f"{HOST}:{port}", site_root=site_dir, run_dir=run_dir, user=user,
        )
        stderr_log = run_dir / "stderr.log"
        with stderr_log.open("wb") as stderr:
            process = subprocess.Popen(
                [nginx, "-p", str(run_dir), "-c", str(conf), "-e", str(run_dir / "error.log"), "-g", "daemon off;"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
            )
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while time.monotonic() < deadline and process.poll() is None and not _answers(port):
                time.sleep(0.05)
            if process.poll() is None and _answers(port):
                yield Server(f"http://{HOST}:{port}", process.pid, run_dir)
                return
            error_log = run_dir / "error.log"
            last_error = stderr_log.read_text(errors="replace")
            last_error += error_log.read_text(errors="replace") if error_log.exists() else ""
            if "Address already in use" not in last_error:
                break
        finally:
            _stop(process)
    pytest.fail(f"nginx did not start with {conf}:\n{last_error[-3000:]}", pytrace=False)

