"""One build of a folder at a time: a second one waits, says so, and gives
up with a message after its limit — never a traceback, never a mixed site."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from patient_site.build.lock import BuildBusy, build_lock
from patient_site.build.site import build_site
from tests.conftest import PROJECT_DIR
from tests.support.trees import write_site

PAGE = "# Palliative care { #home }\n\nText.\n"


def test_a_second_build_gives_up_after_its_limit_with_a_message(tmp_path):
    site = tmp_path / "site"
    config = write_site(tmp_path / "p", {"docs/index.md": PAGE}, languages=("en",))
    said: list[str] = []
    with build_lock(site, timeout=0, say=said.append), pytest.raises(BuildBusy) as busy:
        build_site(site, config, handouts=False, lock_timeout=0.2, progress=said.append)
    assert said == [f"Another build of {site} is running (process {__import__('os').getpid()}); waiting for it to finish …"]
    assert str(busy.value).startswith(f"Another build of {site} is still running")
    assert str(busy.value).endswith("let it finish, or stop it, then build again")
    assert not site.exists()


def test_a_waiting_build_starts_when_the_first_ends(tmp_path):
    site = tmp_path / "site"
    config = write_site(tmp_path / "p", {"docs/index.md": PAGE}, languages=("en",))
    released = threading.Event()
    said: list[str] = []

    def first() -> None:
        with build_lock(site, timeout=0, say=said.append):
            released.wait(5)

    holder = threading.Thread(target=first)
    holder.start()
    try:
        timer = threading.Timer(0.5, released.set)
        timer.start()
        report = build_site(site, config, handouts=False, lock_timeout=30, progress=said.append)
    finally:
        holder.join()
    assert report.languages == ("en",) and (site / "index.html").is_file()
    assert said and said[0].startswith(f"Another build of {site} is running")


def test_two_builds_started_together_both_succeed_and_leave_one_whole_site(tmp_path):
    config = write_site(tmp_path / "p", {"docs/index.md": PAGE}, languages=("en", "es"))
    site = tmp_path / "site"
    command = [sys.executable, str(PROJECT_DIR / "scripts" / "build_site.py"), "--config", str(config), "--site-dir", str(site), "--no-handouts"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    assert [code for code, _out, _err in results] == [0, 0], [err[-2000:] for _c, _o, err in results]
    assert all("Traceback" not in err for _code, _out, err in results)
    assert (site / "index.html").is_file() and (site / "es" / "index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == [".site.lock"]
    assert Path(site / "404.html").is_file()
