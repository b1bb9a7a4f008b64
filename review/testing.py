"""Helpers shared by the tests and the screenshot script: a real uvicorn server in
a background thread (loopback, free port), and a small fixture warehouse written
from ``CallResult`` rows (fast; the browser test uses the real pipeline instead)."""
from __future__ import annotations

import math
import socket
import threading
import time
import wave
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from pipeline.model import (CallRecord, CallResult, CallScore, RuleHit, Utterance, Word)

USERS = {
    # username: (role, teams, password)
    "insp": ("inspector", [], "insp-pass-1"),
    "trainer": ("trainer", [], "trainer-pass-1"),
    "lead1": ("team_lead", ["一组"], "lead1-pass-1"),
    "lead2": ("team_lead", ["二组"], "lead2-pass-1"),
    "admin": ("admin", [], "admin-pass-1"),
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_in_thread(app: Any, host: str = "127.0.0.1") -> Iterator[str]:
    """Run ``app`` with uvicorn on a free loopback port; yields the base URL."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def add_users(con: Any, users: dict[str, tuple[str, list[str], str]] | None = None) -> None:
    from review.auth import hash_password
    from warehouse import review_store

    for name, (role, teams, password) in (users or USERS).items():
        if review_store.get_user(con, name) is None:
            review_store.add_user(con, name, role, hash_password(password), name, teams,
                                  actor="fixture")


def write_tone_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    """A stereo PCM WAV (agent left 300 Hz, customer right 500 Hz) standing in for a call."""
    t = np.arange(int(seconds * rate)) / rate
    left = 0.2 * np.sin(2 * math.pi * 300 * t)
    right = 0.2 * np.sin(2 * math.pi * 500 * t)
    data = (np.stack([left, right], axis=1) * 32767).astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data.tobytes())
    return path


def _utt(role: str, start: float, text: str, per_char: float = 0.25) -> Utterance:
    words = [Word(round(start + i * per_char, 3), round(start + (i + 1) * per_char, 3), ch)
             for i, ch in enumerate(text)]
    return Utterance(role, start, round(start + len(text) * per_char, 3), text,  # type: ignore[arg-type]
                     0 if role == "agent" else 1, words=words)


def fixture_results(recordings_root: Path, rulebook: Any) -> list[CallResult]:
    """Four calls over two teams, each with audio under ``recordings_root/2026-11-20``.

    F1 (一组): a critical forbidden phrase + missing greeting; its customer gives a phone
    number and a name. F2 (二组): a major missing confirmation. F3 (一组): clean.
    F4 (二组): a transcript with markup in it (``<script>``) and a dead-air finding.
    """
    from pipeline.scoring import score_call

    day = recordings_root / "2026-11-20"
    calls = {
        "F1": ("A01", "王芳", "一组", [
            _utt("agent", 0.5, "喂,什么事?"),
            _utt("customer", 2.5, "我叫孙丽,手机号一三八零五七六二二四九。"),
            _utt("agent", 9.0, "这事不归我们管,你去找物业吧。"),
            _utt("customer", 13.0, "好吧。"),
        ], [RuleHit("forbidden.not_our_business", "forbidden_phrase", "critical", "agent", 9.0,
                    10.75, "这事不归我们管", "exact", 1.0),
            RuleHit("required.greeting", "missing_greeting", "major", "agent", 0.0, 15.0,
                    "通话开始15秒内没有听到坐席说「您好」", "absence", 0.8)]),
        "F2": ("A02", "李静", "二组", [
            _utt("agent", 0.3, "您好,这里是客服中心,请问有什么可以帮您?"),
            _utt("customer", 4.0, "我家停电了。"),
            _utt("agent", 6.0, "下午三点恢复,感谢您的来电,再见。"),
        ], [RuleHit("required.confirmation", "missing_confirmation", "major", "agent", 0.0,
                    14.0, "整通通话中没有听到确认用语", "absence", 0.8)]),
        "F3": ("A03", "张伟", "一组", [
            _utt("agent", 0.3, "您好,这里是客服中心,请问有什么可以帮您?"),
            _utt("customer", 4.0, "路灯坏了。"),
            _utt("agent", 6.0, "好的,我这样解释您清楚了吗?感谢您的来电,再见。"),
        ], []),
        "F4": ("A04", "刘洋<b>", "二组", [
            _utt("agent", 0.3, "您好,<script>alert(1)</script>请讲。"),
            _utt("customer", 5.0, "<img src=x onerror=alert(2)>我要投诉。"),
        ], [RuleHit("acoustic.dead_air", "dead_air", "major", "agent", 8.0, 12.0,
                    "双方静音4.0秒<i>", "acoustic", 1.0)]),
    }
    out = []
    for n, (rid, (agent_id, agent_name, team, utts, hits)) in enumerate(calls.items()):
        path = write_tone_wav(day / f"{rid}.wav", 15.0)
        rec = CallRecord(file=str(path), recording_id=rid, call_id=rid, agent_id=agent_id,
                         agent_name=agent_name, team=team,
                         started_at=f"2026-11-20T09:{10 + n:02d}:00+08:00", direction="inbound",
                         hangup_by="customer", call_date="2026-11-20")
        score: CallScore = score_call(hits, rulebook.scorecard, 15.0)
        out.append(CallResult(record=rec, status="ok", duration_s=15.0,
                              channel_layout="agent-left", audio_sha256=f"{n:064d}",
                              utterances=utts, hits=hits, score=score,
                              rulebook_id=rulebook.rulebook, rulebook_version=rulebook.version,
                              asr={"model": "fixture", "codec": "pcm_s16le"}))
    return out


def populate_fixture_database(db_path: Path, recordings_root: Path, rulebook: Any) -> None:
    """Write the fixture calls and the fixture users (``USERS``) into ``db_path``."""
    from warehouse import db as wdb
    from warehouse import store

    with wdb.connect(db_path) as con:
        store.start_run(con, "fixture", "nightly", "2026-11-20", rulebook.rulebook,
                        rulebook.version, "fixture", {})
        for result in fixture_results(recordings_root, rulebook):
            store.save_result(con, result, "fixture")
        add_users(con)


def build_template(root: Path) -> Path:
    """A fixture warehouse under ``root/var`` with audio under ``root/rec``; returns root."""
    from qa_rules.engine import load_rulebook
    from callqa.settings import Settings

    rulebook = load_rulebook(Settings().rulebook_path)
    populate_fixture_database(root / "var" / "callqa.duckdb", root / "rec", rulebook)
    return root


def settings_for(template: Path, workdir: Path, **review: Any) -> Any:
    """Settings over a private copy of the template's database (audio stays shared)."""
    import shutil

    from callqa.settings import Settings

    var = workdir / "var"
    var.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template / "var" / "callqa.duckdb", var / "callqa.duckdb")
    s = Settings(var_dir=str(var), recordings_root=str(template / "rec"))
    for k, v in review.items():
        setattr(s.review, k, v)
    return s
