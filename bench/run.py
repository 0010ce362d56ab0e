"""Run every benchmark in bench/, one after another, and say which missed its target.

Run from the repository root: `.venv/bin/python bench/run.py` (`make bench` does). A script is
every bench/*.py except the helpers listed in HELPERS, so a benchmark added later runs without
editing this file. Each runs with its default arguments, and again with each argument list in
EXTRA_RUNS (see each script's docstring for its options). Exit status 1 if any run failed or
missed its target.
"""

from __future__ import annotations

import subprocess  # nosec B404: runs our own scripts with the same interpreter
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
HELPERS = {"run.py", "server.py", "browser.py", "floor_app.py", "__init__.py"}
EXTRA_RUNS = {"pdfs.py": (("--memory",),)}      # the memory target is a separate run of the same script


def scripts() -> list[Path]:
    return sorted(p for p in BENCH.glob("*.py") if p.name not in HELPERS)


def main() -> int:
    failed = []
    for script in scripts():
        for extra in ((), *EXTRA_RUNS.get(script.name, ())):
            name = " ".join((script.name, *extra))
            print(f"== {name}", flush=True)
            started = time.monotonic()
            result = subprocess.run([sys.executable, str(script), *extra],  # nosec B603
                                    cwd=BENCH.parent, check=False)
            took = time.monotonic() - started
            print(f"-- {name}: exit {result.returncode} after {took:.0f} s", flush=True)
            if result.returncode != 0:
                failed.append(name)
    print("all benchmarks met their targets" if not failed else f"missed or failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
