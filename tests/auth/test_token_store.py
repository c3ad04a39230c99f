"""Token stores: memory and file (atomic, mode 0600)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from dastra_auth.token_store import FileTokenStore, MemoryTokenStore, TokenStore

TOKEN = {"access_token": "a-1", "refresh_token": "r-1", "expires_at": 1.5, "token_type": "Bearer"}


@pytest.mark.parametrize("kind", ["memory", "file"])
def test_round_trip(kind: str, tmp_path: Path) -> None:
    store: TokenStore = MemoryTokenStore() if kind == "memory" else FileTokenStore(tmp_path / "t.json")
    assert isinstance(store, TokenStore)
    assert store.load() is None
    store.save(TOKEN)
    assert store.load() == TOKEN
    store.save({**TOKEN, "refresh_token": "r-2"})
    loaded = store.load()
    assert loaded is not None and loaded["refresh_token"] == "r-2"
    store.clear()
    assert store.load() is None
    store.clear()  # clearing twice is fine


def test_file_is_private_and_written_atomically(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "token.json"
    store = FileTokenStore(path)
    store.save(TOKEN)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    store.save({**TOKEN, "access_token": "a-2"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["token.json"]  # no temporary file left


def test_failed_write_keeps_the_old_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = FileTokenStore(tmp_path / "token.json")
    store.save(TOKEN)

    def broken_replace(source: str, destination: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        store.save({**TOKEN, "access_token": "a-2"})
    monkeypatch.undo()
    assert store.load() == TOKEN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]


def test_concurrent_saves_never_leave_a_torn_file(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "token.json")
    tokens = [{**TOKEN, "access_token": f"a-{n}" * 200} for n in range(16)]
    threads = [threading.Thread(target=store.save, args=(token,)) for token in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.load() in tokens


def test_unreadable_content_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text("{not json")
    assert FileTokenStore(path).load() is None
    path.write_text("[1]")
    assert FileTokenStore(path).load() is None


def test_reprs_show_no_token(tmp_path: Path) -> None:
    memory = MemoryTokenStore(TOKEN)
    file = FileTokenStore(tmp_path / "token.json")
    file.save(TOKEN)
    for text in (repr(memory), str(memory), repr(file)):
        assert "a-1" not in text and "r-1" not in text
