#!/usr/bin/env python3
"""Waits, with a visible message, while another apt or dpkg process holds apt's locks.

A new server often runs unattended-upgrades at first boot; apt-get then fails at once with
"Could not get lock /var/lib/apt/lists/lock". apt takes its locks with fcntl, so a non-blocking
fcntl lock on the same files tells whether one is held (released at once when it is free).

    tools/apt-lock-wait.py [seconds]      default 300; exit 1 when still locked after that
The lock files can be replaced for a test by APT_LOCK_FILES (colon-separated).
"""

from __future__ import annotations

import fcntl
import os
import sys
import time

LOCKS = ("/var/lib/dpkg/lock-frontend", "/var/lib/dpkg/lock", "/var/lib/apt/lists/lock",
         "/var/cache/apt/archives/lock")
POLL_SECONDS = 2


def held(path: str) -> bool:
    try:
        with open(path, "a") as handle:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.lockf(handle, fcntl.LOCK_UN)
    except BlockingIOError:
        return True
    except OSError:
        return False  # no such file or folder yet: nobody holds it
    return False


def main() -> int:
    limit = float(sys.argv[1]) if len(sys.argv) > 1 else 300
    locks = os.environ.get("APT_LOCK_FILES", ":".join(LOCKS)).split(":")
    deadline = time.monotonic() + limit
    told = False
    while busy := [path for path in locks if held(path)]:
        if time.monotonic() >= deadline:
            print(f"Another apt process still holds {busy[0]} after {limit:.0f} s; "
                  "let it finish, then run this again.", file=sys.stderr)
            return 1
        if not told:
            print(f"Waiting for another apt process (often unattended-upgrades) to release {busy[0]}"
                  f" (up to {limit:.0f} s)...", flush=True)
            told = True
        time.sleep(POLL_SECONDS)
    if told:
        print("apt is free; going on.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
