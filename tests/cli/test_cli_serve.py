"""`sourcetrace serve` as a person runs it: a process that prints its address, serves the pages there on
127.0.0.1, says writes are off without a token, and stops on a signal."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_prints_its_address_and_serves_there(tmp_path: Path) -> None:
    from sourcetrace.store import open_store

    open_store(tmp_path / "corpus.db").close()  # serving without a token reads: the database must exist
    port = _free_port()
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    environment.pop("SOURCETRACE_TOKEN", None)
    process = subprocess.Popen(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", "serve", "--db",
         str(tmp_path / "corpus.db"), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
    )
    try:
        address = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and address is None:
            assert process.stderr is not None
            line = process.stderr.readline()
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            address = found.group(1) if found else None
        assert address == f"http://127.0.0.1:{port}/"
        for _ in range(100):
            try:
                response = httpx.get(address, timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response.status_code == 200 and "Overview" in response.text
        refused = httpx.post(address + "api/articles", json={"text": "x"}, timeout=5)
        assert refused.status_code == 403
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=30)
    assert "writes are disabled" in errors
    assert "Traceback" not in errors
