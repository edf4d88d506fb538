"""`python -m bench`: measures load, plan, page step, cold start and concurrent sessions, and
prints each figure next to its target. A benchmark, not a test: it never fails a build.

    python -m bench            # everything (about 3–5 minutes on 2 cores)
    python -m bench --quick    # fewer repetitions
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROWS: list[tuple[str, str, str, str]] = []


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def row(what, median, p95, target, unit="ms"):
    ROWS.append((what, f"{median:.1f} {unit}" if median is not None else "-",
                 f"{p95:.1f} {unit}" if p95 is not None else "-", target))
    print(f"  {what}: median {ROWS[-1][1]}, p95 {ROWS[-1][2]} (target {target})", flush=True)


def _cold_load_ms(data_dir: Path | None = None) -> float:
    code = ("import time, sys; t=time.perf_counter(); import law_db; "
            f"db=law_db.load_database({str(data_dir)!r}) if {bool(data_dir)} else law_db.load(); "
            "print((time.perf_counter()-t)*1000); sys.exit(1 if db.problems and not {bool(data_dir)} else 0)")
    out = subprocess.run([sys.executable, "-c", code.replace("{bool(data_dir)}", str(bool(data_dir)))],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def bench_load(repeat: int) -> None:
    import law_db
    from bench.synthetic import build

    cold = [_cold_load_ms() for _ in range(repeat)]
    row("load + validate whole database, cold process (incl. imports)", statistics.median(cold), pct(cold, 95), "< 300 ms")
    law_db.load()
    warm = []
    for _ in range(repeat * 10):
        t = time.perf_counter()
        law_db.load()
        warm.append((time.perf_counter() - t) * 1000)
    row("load, warm (cached, checks files for changes)", statistics.median(warm), pct(warm, 95), "-")
    import yaml
    print(f"  (YAML loader: {'C (libyaml)' if hasattr(yaml, 'CSafeLoader') else 'pure Python'})")
    base = None
    for factor in (1, 10, 25):  # 25x the data (~3,800 files) still fits in the unused ISO 3166-2 codes
        with tempfile.TemporaryDirectory() as tmp:
            n = build(factor, Path(tmp) / "data")
            times = []
            for _ in range(max(1, repeat // (2 if factor > 1 else 1))):
                t = time.perf_counter()
                law_db.load_database(Path(tmp) / "data")
                times.append((time.perf_counter() - t) * 1000)
            med = statistics.median(times)
            base = base or med
            row(f"load + validate {factor}x database ({n} files), in process", med, pct(times, 95),
                f"linear: ~{factor}x = {base * factor:.0f} ms")


def bench_plan(limit: int | None) -> None:
    import law_db
    from action_plan.answers import Answers
    from action_plan.engine import build_plan
    from action_plan.questions import question

    db = law_db.load()
    happened = question("happened").options
    subsets = [list(c) for r in range(len(happened) + 1) for c in itertools.combinations(happened, r)]
    combos = list(itertools.product(subsets, ["under_18", "adult", None], ["self", "helper"], ["danger_now", None]))
    platforms = frozenset(p.id for p in db.platforms)
    times = []
    count = 0
    for code in db.jurisdictions:
        country = code.split("-")[0]
        region = code if "-" in code else None
        for h, age, role, danger in combos[:limit]:
            answers = Answers.from_mapping({"country": country, "region": region, "happened": h, "age_now": age,
                                            "role": role, "in_danger": danger, "where": ["meta", "website"]},
                                           platforms)
            t = time.perf_counter()
            build_plan(answers, db)
            times.append((time.perf_counter() - t) * 1000)
            count += 1
    row(f"plan engine, {count} plans ({len(db.jurisdictions)} jurisdictions x {min(len(combos), limit or len(combos))} "
        "answer combinations)", statistics.median(times), pct(times, 95), "< 5 ms")


def bench_apptest(repeat: int) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    steps = []
    for _ in range(repeat):
        at.session_state["step"] = 0
        at.run()
        at.radio(key="q_in_danger").set_value("safe_now")
        t = time.perf_counter()
        at.run()
        steps.append((time.perf_counter() - t) * 1000)
    row("questionnaire step (AppTest script run)", statistics.median(steps), pct(steps, 95), "p95 < 30 ms")
    at.switch_page("ui/screens/compare.py").run()
    renders = []
    for _ in range(repeat):
        t = time.perf_counter()
        at.run()
        renders.append((time.perf_counter() - t) * 1000)
    row("comparison matrix render (AppTest script run)", statistics.median(renders), pct(renders, 95), "-")


def _free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server():
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                             "--server.address", "127.0.0.1"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    while True:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.02)
        if time.perf_counter() - t0 > 60:
            proc.kill()
            raise RuntimeError("server did not start")
    return proc, url, (time.perf_counter() - t0) * 1000


def bench_cold_start(repeat: int) -> None:
    healthy, painted = [], []
    chromium = "/usr/bin/chromium"
    for _ in range(repeat):
        proc, url, ms = _start_server()
        healthy.append(ms)
        proc.terminate()
        proc.wait()
    row("`streamlit run` to healthy", statistics.median(healthy), pct(healthy, 95), "< 1500 ms")
    if not os.path.exists(chromium):
        print("  (no /usr/bin/chromium: first paint not measured)")
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking", "--disable-component-update",
                                    "--disable-sync", "--no-first-run"])
        for _ in range(repeat):
            page = browser.new_page()
            t0 = time.perf_counter()
            proc, url, _ = _start_server()
            page.goto(url)
            page.get_by_text("Are you in danger right now?").wait_for(timeout=60000)
            painted.append((time.perf_counter() - t0) * 1000)
            page.close()
            proc.terminate()
            proc.wait()
        browser.close()
    row("`streamlit run` to first page painted in Chromium", statistics.median(painted), pct(painted, 95), "< 2500 ms")


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def _sessions(url, n, think):
    import random

    from bench.session_client import Session

    latencies, errors = [], []
    sessions = []

    async def one(i):
        await asyncio.sleep(random.uniform(0, think) if think else 0)
        try:
            async with Session(url, timeout=120) as s:
                await s.rerun()
                while "nav_next" in s.widgets:
                    if think:
                        await asyncio.sleep(random.uniform(think / 2, think * 1.5))
                    result = await s.click("nav_next")
                    latencies.append(result.seconds * 1000)
                    errors.extend(result.exceptions)
                sessions.append(s)
                await asyncio.sleep(0.5)
        except Exception as exc:
            errors.append(repr(exc))

    await asyncio.gather(*(one(i) for i in range(n)))
    return latencies, errors


def bench_concurrency(levels, think) -> None:
    proc, url, _ = _start_server()
    try:
        asyncio.run(_sessions(url, 2, 0))  # warm up
        for n in levels:
            before = _rss_kb(proc.pid)
            latencies, errors = asyncio.run(_sessions(url, n, think))
            after = _rss_kb(proc.pid)
            per = max(0, after - before) / 1024 / n
            label = f"{n} sessions stepping through (think time ~{think:.0f} s)" if think else f"{n} sessions, no pause"
            row(label + f", errors {len(errors)}, server memory +{per:.2f} MB/session",
                statistics.median(latencies), pct(latencies, 95),
                "p95 < 300 ms, 0 errors, < 5 MB/session" if n == 100 else "-")
    finally:
        proc.terminate()
        proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", choices=["load", "plan", "apptest", "cold", "sessions"], action="append")
    args = parser.parse_args()
    repeat = 3 if args.quick else 10
    only = set(args.only or ["load", "plan", "apptest", "cold", "sessions"])
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if "load" in only:
        print("1. Loading the database"); bench_load(repeat)
    if "plan" in only:
        print("2. Plan engine"); bench_plan(40 if args.quick else None)
    if "apptest" in only:
        print("3. Page steps"); bench_apptest(repeat * 2)
    if "cold" in only:
        print("4. Cold start"); bench_cold_start(max(2, repeat // 2))
    if "sessions" in only:
        print("5. Concurrent sessions")
        bench_concurrency([10, 50, 100], think=2.0)
        bench_concurrency([100], think=0)
    width = max(len(r[0]) for r in ROWS)
    print("\n" + f"{'measure':<{width}}  {'median':>11}  {'p95':>11}  target")
    for what, med, p95, target in ROWS:
        print(f"{what:<{width}}  {med:>11}  {p95:>11}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
