"""Shared fixtures. Real parts: the packaged Whisper model, DuckDB files, Prefect."""
from __future__ import annotations

import json
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest

from callqa.settings import Settings

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def fixture_truth() -> dict[str, dict]:
    """Truth of the committed test clips, by file name."""
    rows = [json.loads(line) for line in (DATA / "fx_truth.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    return {r["file"]: r for r in rows}


@pytest.fixture(scope="session")
def model_cache_dir() -> str:
    """The user's model cache: the base model is assembled once per machine, not per test."""
    return Settings().model_cache_dir


@pytest.fixture
def settings(tmp_path: Path, model_cache_dir: str) -> Settings:
    """Default settings with var/ in a temporary folder."""
    return Settings(var_dir=str(tmp_path / "var"), model_cache_dir=model_cache_dir)


@pytest.fixture(scope="session")
def analyzer(tmp_path_factory, model_cache_dir):
    """The real per-call pipeline (Whisper base, default rulebook), one per session."""
    from pipeline.analyze import Analyzer

    var = tmp_path_factory.mktemp("var")
    return Analyzer(Settings(var_dir=str(var), model_cache_dir=model_cache_dir))


def analyze_clip(analyzer, data_dir: Path, name: str, layout: str = "agent-left"):
    """Analyze a committed test clip with the given channel layout."""
    from pipeline.model import CallRecord

    return analyzer.analyze(CallRecord(file=str(data_dir / name), recording_id=name,
                                       channel_layout=layout))


@pytest.fixture(scope="session")
def prefect_harness():
    """One ephemeral Prefect API for the whole session (its start takes ~20 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def write_wav(path: Path, channels: list[np.ndarray], rate: int = 8000) -> Path:
    """Write PCM16 WAV from float channels in [-1, 1]."""
    data = np.stack([np.clip(c, -1, 1) for c in channels], axis=1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(len(channels))
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((data * 32767).astype("<i2").tobytes())
    return path


def tone(seconds: float, freq: float, rate: int = 8000, amp: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def copy_fixture(name: str, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DATA / name, dest)
    return dest
