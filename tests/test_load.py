"""100 concurrent sessions against one server on loopback, for a bounded time: no errors."""
import asyncio
import concurrent.futures
import time

import pytest

from bench.session_client import Session
from support import Server

SESSIONS = 100
STEPS = 3          # open, then Continue twice: every session runs the page three times
TIME_LIMIT = 150   # seconds, for the whole run


@pytest.fixture(scope="module")
def load_server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("load") / "server.log")
    yield srv
    srv.stop()


async def _one(url, errors, latencies):
    try:
        async with Session(url, timeout=60) as s:
            result = await s.rerun()
            for _ in range(STEPS - 1):
                result = await s.click("nav_next")
                latencies.append(result.seconds)
                errors.extend(result.exceptions)
    except Exception as exc:  # any failure of a session is an error
        errors.append(repr(exc))


async def _run(url):
    errors, latencies = [], []
    await asyncio.wait_for(asyncio.gather(*(_one(url, errors, latencies) for _ in range(SESSIONS))), TIME_LIMIT)
    return errors, latencies


def test_hundred_concurrent_sessions_without_errors(load_server):
    started = time.perf_counter()
    # its own thread: the browser tests' sync Playwright may hold this thread's event loop
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        errors, latencies = pool.submit(asyncio.run, _run(load_server.url)).result()
    assert errors == []
    assert len(latencies) == SESSIONS * (STEPS - 1)
    assert "Traceback" not in load_server.log.read_text(errors="replace")
    print(f"\n{SESSIONS} sessions x {STEPS} steps in {time.perf_counter() - started:.1f}s; "
          f"median step {sorted(latencies)[len(latencies) // 2] * 1000:.0f} ms")
