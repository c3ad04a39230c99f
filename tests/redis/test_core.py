"""The I/O-free cores of the Redis limiter and token store (no Redis needed)."""

from __future__ import annotations

import math

from dastra.policies.redis_rate_limit import _Call, _Reply, _script_arguments, _Slots
from dastra_auth.redis_token import _adoptable, _decode, _reconcile, _ttl_ms


def slots(cap: int = 16) -> _Slots:
    return _Slots(cap=cap, linger=0.02, lease=60.0)


def reply(granted: int, *, now_us: int = 5_000_000, live: int = 1) -> _Reply:
    return _Reply(granted=granted, wait=0.0, now_us=now_us, live=live)


def granted(state: _Slots, now: float) -> str:
    """A slot reserved at ``now`` and granted by Redis."""
    member = state.answered(state.reservation(now), reply(1), now)
    assert member is not None
    return member


def test_batches_double_while_used_up_quickly_and_shrink_when_slots_go_unused() -> None:
    state = slots(cap=8)
    now = 100.0
    wanted = []
    for _ in range(5):
        call = state.reservation(now)
        wanted.append(call.wanted)
        member = state.answered(call, reply(call.wanted), now)
        assert member is not None
        while state.take(now) is not None:
            pass  # the whole batch is used at once
        now += 0.001
    assert wanted == [1, 2, 4, 8, 8]  # capped
    call = state.reservation(now)
    state.answered(call, reply(call.wanted), now)
    flush = state.flush(now + 0.05)  # nobody used the 7 reserved slots for longer than linger
    assert len(flush.returns) == 7 and flush.wanted == 0
    assert state.batch == 4  # halved once


def test_a_partial_grant_hands_out_only_what_redis_granted() -> None:
    state = slots()
    call = state.reservation(0.0)
    assert state.answered(call, reply(0), 0.0) is None
    state.batch = 4
    call = state.reservation(1.0)
    first = state.answered(call, reply(2), 1.0)
    assert first == f"{state.process_id}:{call.first}"
    assert state.take(1.0) == f"{state.process_id}:{call.first + 1}"
    assert state.take(1.0) is None


def test_releases_are_timestamped_on_redis_clock_never_early() -> None:
    state = slots()
    call = _Call(wanted=1, first=0, releases=(), returns=(), sent_at=10.0)
    member = state.answered(call, reply(1, now_us=1_000_000_000), 10.2)  # Redis read its clock at 10.0..10.2
    assert member is not None
    state.release(member, 12.0)
    flush = state.flush(12.0)
    ((released, answered_us),) = flush.releases
    assert f"{state.process_id}:{released}" == member
    # Redis's clock at local 12.0 is at most 1000 s + (12.0 - 10.0): the estimate is that upper bound.
    assert answered_us == 1_002_000_000


def test_releases_of_a_parent_process_are_ignored_after_a_fork() -> None:
    state = slots()
    member = granted(state, 0.0)
    state.new_process()
    state.release(member, 1.0)
    assert not state.has_news


def test_news_is_due_linger_after_the_oldest_item() -> None:
    state = slots()
    assert state.due() is None
    member = granted(state, 0.0)
    state.release(member, 3.0)
    assert state.due() == 3.02


def test_news_rides_on_every_call_until_a_reply_confirms_it() -> None:
    # Regression: the flusher thread sent releases outside the lock while another thread's reservation
    # overtook them; Redis then saw the slot still in flight and the caller polled instead of waiting
    # the exact time. Now the unconfirmed news travels with the next call too.
    state = slots()
    member = granted(state, 0.0)
    state.release(member, 1.0)
    flush = state.flush(1.05)  # taken by the flusher, not yet answered
    assert len(flush.releases) == 1
    overtaking = state.reservation(1.06)
    assert overtaking.releases == flush.releases  # carried again
    state.answered(overtaking, reply(0), 1.07)
    assert state.reservation(1.08).releases == ()  # confirmed: not sent a third time
    state.answered(flush, reply(0), 1.09)  # the late reply of the flush changes nothing
    assert state.reservation(1.1).releases == ()


def test_a_reply_confirms_only_the_news_of_calls_up_to_its_own() -> None:
    state = slots()
    state.batch = 2
    call = state.reservation(0.0)
    first = state.answered(call, reply(2), 0.0)  # one slot for the caller, one to the pool
    assert first is not None
    state.release(first, 0.5)
    early = state.flush(0.6)  # carries the release and gives back the slot unused for > linger
    assert len(early.releases) == 1 and len(early.returns) == 1
    state.batch = 2
    second = state.answered(state.reservation(0.7), reply(2), 0.7)  # this reply confirms `early` too
    third = state.take(0.75)
    assert second is not None and third is not None
    state.release(second, 0.8)
    later = state.flush(0.81)
    state.release(third, 0.82)
    latest = state.flush(0.83)  # carries the news of `later` (unanswered) and its own
    assert [sequence for sequence, _ in latest.releases] == [
        int(member.rpartition(":")[2]) for member in (second, third)
    ]
    assert latest.returns == ()
    state.answered(later, reply(0), 0.98)  # confirms `later`'s news only, not `latest`'s
    resent = state.reservation(1.0)
    assert [sequence for sequence, _ in resent.releases] == [int(third.rpartition(":")[2])]


def test_forgotten_news_is_not_resent() -> None:
    state = slots()
    member = granted(state, 0.0)
    state.release(member, 1.0)
    state.flush(1.05)
    state.forget()  # Redis failed: it may have lost everything, and expires it anyway
    assert state.reservation(1.1).releases == ()


def test_script_arguments_layout() -> None:
    call = _Call(wanted=2, first=7, releases=((1, 123), (3, 456)), returns=(2, 4), sent_at=0.0)
    arguments = _script_arguments(call, "p", [(500, 60.0), (10_000, 600.0)], lease=60.0, poll=0.04)
    assert arguments == [
        "p", 7, 2, 60_000_000, 40_000, 600_000_000, "1 123 3 456", "2 4",
        500, 60_000_000, 10_000, 600_000_000,
    ]  # fmt: skip


def test_the_shared_expiry_is_read_from_the_key_ttl() -> None:
    raw = b'{"access_token": "a", "expires_in": 100, "expires_at": 1.0}'
    token = _decode([raw, 30_000], now=1000.0, leeway=60.0, expire=True)
    assert token is not None
    assert token["expires_at"] == 1000.0 + 30 + 50  # TTL + the leeway (capped at half of 100 s)
    kept = _decode([raw, -1], now=1000.0, leeway=60.0, expire=False)
    assert kept is not None and kept["expires_at"] == 1.0
    assert _decode(None, now=0.0, leeway=60.0, expire=True) is None
    assert _decode([b"not json", 5], now=0.0, leeway=60.0, expire=True) is None
    assert _decode([b'{"no": "token"}', 5], now=0.0, leeway=60.0, expire=True) is None


def test_the_key_ttl_is_expires_in_minus_the_leeway() -> None:
    assert _ttl_ms({"expires_at": 3600.0, "expires_in": 3600}, now=0.0, leeway=60.0) == 3_540_000
    assert _ttl_ms({"expires_at": 10.0, "expires_in": 10}, now=0.0, leeway=60.0) == 5_000
    assert _ttl_ms({"access_token": "never expires"}, now=0.0, leeway=60.0) is None


def test_a_stored_token_is_adopted_only_when_usable_and_not_the_one_replaced() -> None:
    mine = {"access_token": "old"}
    assert _adoptable({"access_token": "new"}, mine, usable=True)
    assert _adoptable({"access_token": "new"}, None, usable=True)
    assert not _adoptable({"access_token": "old"}, mine, usable=True)  # the token being replaced
    assert not _adoptable({"access_token": "new"}, mine, usable=False)
    assert not _adoptable(None, mine, usable=True)


def test_the_newest_token_is_the_one_renewed_from() -> None:
    older = {"access_token": "1", "refresh_token": "r1", "expires_at": 100.0}
    newer = {"access_token": "2", "refresh_token": "r2", "expires_at": 200.0}
    refused = {**older, "expires_at": -math.inf}
    assert _reconcile(newer, older) == (newer, None)  # another process refreshed: renew from its token
    assert _reconcile(older, newer) == (None, newer)  # ours was refreshed during an outage: write it back
    assert _reconcile(None, newer) == (None, newer)
    assert _reconcile(older, refused) == (older, None)
    assert _reconcile(older, older) == (None, None)
    assert _reconcile(None, {"access_token": "cc"}) == (None, None)  # nothing to write back without one
