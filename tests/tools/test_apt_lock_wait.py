"""tools/apt-lock-wait.py: set-up waits, with a message, while another apt process holds a lock."""

from __future__ import annotations

import fcntl
import subprocess  # nosec B404: runs the project's own script
import sys
import threading
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "apt-lock-wait.py"


def run(lock_file: Path, seconds: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # nosec B603: fixed arguments
        [sys.executable, str(SCRIPT), seconds], capture_output=True, text=True, timeout=30,
        env={"APT_LOCK_FILES": f"{lock_file}:{lock_file.parent / 'absent'}"}, check=False,
    )


def test_a_free_lock_passes_silently(tmp_path):
    lock = tmp_path / "lock"
    lock.touch()
    done = run(lock, "5")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_a_held_lock_is_waited_for_with_a_message(tmp_path):
    lock = tmp_path / "lock"
    with open(lock, "w") as handle:
        fcntl.lockf(handle, fcntl.LOCK_EX)
        threading.Timer(3, fcntl.lockf, (handle, fcntl.LOCK_UN)).start()
        done = run(lock, "20")
    assert done.returncode == 0
    assert f"Waiting for another apt process (often unattended-upgrades) to release {lock}" in done.stdout
    assert done.stdout.rstrip().endswith("apt is free; going on.")


def test_a_lock_held_past_the_limit_stops_with_what_to_do(tmp_path):
    lock = tmp_path / "lock"
    with open(lock, "w") as handle:
        fcntl.lockf(handle, fcntl.LOCK_EX)
        done = run(lock, "1")
    assert done.returncode == 1
    assert f"Another apt process still holds {lock} after 1 s" in done.stderr
