"""Paths shared by the tests (import this, never a conftest)."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def good_data_with(tmp_path: Path, code: str, edit) -> tuple[Path, Path]:
    """A copy of the good fixture whose <code>.yaml text went through edit(text) -> text;
    returns (data folder, edited file)."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "good", data)
    path = data / "jurisdictions" / f"{code}.yaml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return data, path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run app.py` on a free loopback port; its output goes to a log file."""

    def __init__(self, log: Path, env: dict | None = None):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(self.port),
                 "--server.address", "127.0.0.1"],
                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
            )
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(self.url + "/_stcore/health", timeout=1).read() == b"ok":
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        pytest.fail("streamlit did not become healthy:\n" + log.read_text(errors="replace"))

    def __getitem__(self, key):  # server["url"], server["log"]
        return {"url": self.url, "log": self.log}[key]

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


