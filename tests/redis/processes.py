"""Start worker processes (:mod:`tests.redis.worker`) together and drive them in lock step."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

ROOT = Path(__file__).resolve().parents[2]
#: Seconds a worker may take to import and build its client (two cores shared by many processes).
START_TIMEOUT = 60.0
#: Seconds one command may take in every worker.
COMMAND_TIMEOUT = 60.0


class Worker:
    def __init__(self, config: dict[str, Any]) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
        env.pop("DASTRA_LOG", None)
        self.stderr: IO[str] = tempfile.TemporaryFile("w+")  # noqa: SIM115  (closed in close())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.redis.worker", json.dumps(config)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)

    def line(self, timeout: float) -> str:
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(
                f"worker gave no answer within {timeout}s; stderr:\n{self.errors()}"
            ) from None

    def send(self, command: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def errors(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read()[-4000:]

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.send({"exit": True})
                self.process.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait(timeout=10)
        finally:
            for stream in (self.process.stdin, self.process.stdout):
                if stream is not None:
                    stream.close()
            self.stderr.close()


class Workers:
    """Several workers, started together: every command goes to all of them before any answer is read."""

    def __init__(self, configs: list[dict[str, Any]]) -> None:
        self._configs = configs
        self.workers: list[Worker] = []

    def __enter__(self) -> Self:
        self.workers = [Worker(config) for config in self._configs]
        for worker in self.workers:
            line = worker.line(START_TIMEOUT)
            assert line.strip() == "ready", f"worker did not start: {line!r}\n{worker.errors()}"
        return self

    def run(self, **command: Any) -> list[dict[str, Any]]:
        for worker in self.workers:
            worker.send(command)
        answers: list[dict[str, Any]] = [json.loads(worker.line(COMMAND_TIMEOUT)) for worker in self.workers]
        return answers

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for worker in self.workers:
            worker.close()


def total(answers: list[dict[str, Any]], part: str, name: str) -> int:
    """The sum of ``answer[part][name]`` (e.g. ``"statuses"``, ``"200"``) over the workers."""
    return sum(int(answer[part].get(name, 0)) for answer in answers)
