#!/usr/bin/env python3
"""Time from an input typed in one team console to its display in the others (docs/performance.md).

Starts N `foundry-dr drill join` processes on one new drill of the PostgreSQL at URL (the password from
PGPASSWORD), has each console in turn write a note, and times how long until every other console prints it.

    scripts/team-latency.py BINARY URL CONSOLES [ROUNDS]

URL is postgres://USER@HOST[:PORT]/DB (the drill is added). Prints p50, p99 and the maximum in milliseconds.
"""
import os
import selectors
import subprocess
import sys
import time
import uuid


def main():
    binary, base, consoles = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    url = f"{base}?drill=latency-{uuid.uuid4().hex[:8]}"
    procs = []
    for i in range(consoles):
        role = "facilitator" if i == 0 else "operator"
        extra = ["--scenario", "region-outage-eastus2"] if i == 0 else []
        proc = subprocess.Popen([binary, "drill", "join", url, "--as", f"c{i}", "--role", role] + extra,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, bufsize=0)
        procs.append(proc)
        wait_for(proc, b"joined ", 15)
    selector = selectors.DefaultSelector()
    buffers = {}
    for proc in procs:
        os.set_blocking(proc.stdout.fileno(), False)
        selector.register(proc.stdout, selectors.EVENT_READ, proc)
        buffers[proc] = b""
    samples = []
    for r in range(rounds):
        writer = procs[r % consoles]
        tag = f"lat-{r}-{uuid.uuid4().hex[:6]}".encode()
        waiting = {p for p in procs if p is not writer}
        start = time.monotonic()
        writer.stdin.write(b"note " + tag + b"\n")
        deadline = start + 10
        while waiting and time.monotonic() < deadline:
            for key, _ in selector.select(timeout=0.5):
                proc = key.data
                chunk = proc.stdout.read() or b""
                buffers[proc] += chunk
                *lines, buffers[proc] = buffers[proc].split(b"\n")
                for line in lines:
                    if line.startswith(b"#") and line.endswith(b"note " + tag) and proc in waiting:
                        samples.append((time.monotonic() - start) * 1000)
                        waiting.discard(proc)
        if waiting:
            print(f"round {r}: {len(waiting)} consoles did not show the note within 10 s", file=sys.stderr)
    for proc in procs:
        proc.stdin.close()
    for proc in procs:
        proc.wait(timeout=10)
    samples.sort()
    def pct(p):
        return samples[min(len(samples) - 1, int(round(p / 100 * (len(samples) - 1))))]
    print(f"consoles={consoles} rounds={rounds} samples={len(samples)} "
          f"p50={pct(50):.1f}ms p99={pct(99):.1f}ms max={samples[-1]:.1f}ms")


def wait_for(proc, prefix, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit(f"console exited: {proc.args}")
        if line.startswith(prefix):
            return
    raise SystemExit("console did not join in time")


if __name__ == "__main__":
    main()
