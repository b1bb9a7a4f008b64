"""Throughput benchmark: the naive way vs callqa on a synthetic day, in the same run.

A synthetic day of N stereo calls is generated from the sample calls (gain and noise
varied so every file differs; written under var/bench/, not committed). Then:
(a) naive: model reloaded per call, whole file downmixed to mono, no VAD, faster-whisper
    defaults (conditioned on previous text) with one model run using every core, then
    the rules;
(b) callqa: the real nightly flow (Prefect, DuckDB), default settings, transcript cache off.
Each runs in its own process; the table gives wall time, audio-seconds per wall-second,
CPU time, peak memory and the time per stage. ``--long`` adds a 1-hour stereo call
through callqa's per-call pipeline and prints its peak memory.

    python tools/bench_throughput.py [--calls 50] [--long]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE_DAY = ROOT / "samples" / "2026-11-20"
DATE = "2026-11-20"


def _write_wav(path: Path, channels: np.ndarray, rate: int = 8000) -> None:
    data = (np.clip(channels.T, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels.shape[0])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data.tobytes())


def _stereo_sources() -> list[tuple[np.ndarray, str]]:
    from pipeline.audio import decode

    rows = list(csv.DictReader(open(SAMPLE_DAY / "metadata.csv", encoding="utf-8")))
    out = []
    for row in rows:
        if row["channel_layout"] == "mono":
            continue
        audio = decode(SAMPLE_DAY / row["file"], target_rate=8000)
        ch = audio.channels if row["channel_layout"] == "agent-left" else audio.channels[::-1]
        out.append((ch, row["agent_id"]))
    return out


def make_day(root: Path, n_calls: int, seed: int = 7) -> Path:
    """N stereo 8 kHz calls (agent-left) derived from the sample calls."""
    day = root / DATE
    day.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    sources = _stereo_sources()
    with open(day / "metadata.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "call_id", "agent_id", "agent_name", "team", "started_at",
                    "direction", "hangup_by", "channel_layout"])
        for i in range(n_calls):
            ch, agent = sources[i % len(sources)]
            gain = 10 ** (rng.uniform(-4, 2) / 20)
            noisy = ch * gain + rng.normal(0, 0.002, ch.shape)
            name = f"b{i:04d}.wav"
            _write_wav(day / name, noisy.astype(np.float32))
            w.writerow([name, f"bench-{i:04d}", agent, "", "一组",
                        f"{DATE}T{8 + i % 12:02d}:{i % 60:02d}:00+08:00", "inbound", "customer",
                        "agent-left"])
    return day


def make_long_call(path: Path, minutes: float = 60.0) -> Path:
    """A stereo call of ``minutes`` made by chaining sample calls."""
    sources = _stereo_sources()
    parts, total, i = [], 0, 0
    while total < minutes * 60 * 8000:
        ch = sources[i % len(sources)][0]
        parts.append(ch)
        total += ch.shape[1]
        i += 1
    _write_wav(path, np.concatenate(parts, axis=1)[:, : int(minutes * 60 * 8000)])
    return path


def run_naive(day: Path) -> dict:
    from faster_whisper import WhisperModel

    from callqa.settings import Settings
    from models.whisper import resolve_model
    from pipeline.audio import decode
    from pipeline.model import CallTranscript, Utterance
    from qa_rules.engine import evaluate, load_rulebook

    settings = Settings()
    location = resolve_model(settings.asr.model, settings.model_cache_dir)
    rulebook = load_rulebook(settings.rulebook_path)
    stages = {"model_load": 0.0, "decode": 0.0, "asr": 0.0, "rules": 0.0}
    audio_s = 0.0
    for path in sorted(day.glob("*.wav")):
        t0 = time.perf_counter()
        model = WhisperModel(location, device="cpu", compute_type=settings.asr.compute_type,
                             cpu_threads=os.cpu_count() or 1)
        t1 = time.perf_counter()
        audio = decode(path)
        mono = audio.channels.mean(axis=0)
        t2 = time.perf_counter()
        segments, _ = model.transcribe(mono, language="zh")
        utts = [Utterance("unknown", s.start, s.end, s.text) for s in segments]
        t3 = time.perf_counter()
        evaluate(rulebook, CallTranscript(utts, audio.duration_s))
        t4 = time.perf_counter()
        for k, v in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            stages[k] += v
        audio_s += audio.duration_s
        del model
    return {"audio_s": audio_s, "stages": stages}


def run_callqa(day: Path, var: Path) -> dict:
    import logging

    from prefect.testing.utilities import prefect_test_harness

    logging.getLogger("prefect").setLevel(logging.WARNING)
    cfg = var / "bench.toml"
    cfg.write_text(f'var_dir = "{var}"\nrecordings_root = "{day.parent}"\n'
                   "transcript_cache = false\n", encoding="utf-8")
    from callqa.settings import load_settings
    from flows.nightly import nightly_flow_for

    with prefect_test_harness(server_startup_timeout=120):
        flow = nightly_flow_for(load_settings(cfg))
        t0 = time.perf_counter()
        out = flow(call_date=DATE, config=str(cfg))
        wall = time.perf_counter() - t0
    return {"audio_s": out["audio_s"], "stages": out["stage_s"], "flow_wall_s": wall,
            "counts": out["counts"], "workers": load_settings(cfg).flow.local_workers}


def run_long(path: Path) -> dict:
    from callqa.settings import Settings
    from pipeline.analyze import Analyzer
    from pipeline.model import CallRecord

    with tempfile.TemporaryDirectory() as var:
        res = Analyzer(Settings(var_dir=var, transcript_cache=False)).analyze(
            CallRecord(file=str(path), recording_id="long", channel_layout="agent-left"))
    return {"audio_s": res.duration_s, "stages": res.timings, "status": res.status,
            "utterances": len(res.utterances)}


def _child(mode: str, arg: Path, out: Path) -> None:
    t0, c0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    if mode == "naive":
        res = run_naive(arg)
    elif mode == "callqa":
        res = run_callqa(arg, Path(tempfile.mkdtemp(prefix="callqa-bench-")))
    else:
        res = run_long(arg)
    ru = resource.getrusage(resource.RUSAGE_SELF)
    res.update(wall_s=time.perf_counter() - t0,
               cpu_s=(ru.ru_utime - c0.ru_utime) + (ru.ru_stime - c0.ru_stime),
               peak_mb=ru.ru_maxrss / 1024)
    out.write_text(json.dumps(res), encoding="utf-8")


def _spawn(mode: str, arg: Path) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = Path(fh.name)
    subprocess.run([sys.executable, __file__, "--child", mode, "--arg", str(arg), "--out", str(out)],
                   check=True)
    return json.loads(out.read_text("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=50)
    ap.add_argument("--long", action="store_true", help="also a 1-hour stereo call (slow)")
    ap.add_argument("--work", default=str(ROOT / "var" / "bench"))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--arg", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, Path(args.arg), Path(args.out))
        return

    work = Path(args.work)
    day = make_day(work / "recordings", args.calls)
    results = {"naive": _spawn("naive", day), "callqa": _spawn("callqa", day)}
    print(f"\nThroughput on a synthetic day of {args.calls} stereo calls "
          f"({results['callqa']['audio_s']:.0f} s of audio)\n")
    print("| way | wall s | audio-s / wall-s | CPU s | peak MB | time per stage (s) |")
    print("|---|---:|---:|---:|---:|---|")
    for name, r in results.items():
        stages = ", ".join(f"{k} {v:.1f}" for k, v in sorted(r["stages"].items()))
        print(f"| {name} | {r['wall_s']:.1f} | {r['audio_s'] / r['wall_s']:.2f} | {r['cpu_s']:.0f} | "
              f"{r['peak_mb']:.0f} | {stages} |")
    q = results["callqa"]
    naive_rate = results["naive"]["audio_s"] / results["naive"]["wall_s"]
    # Stage times are summed over the flow's worker threads: compare them with the
    # worker time (threads × the flow's wall time), i.e. the share of the workers' time.
    non_asr = sum(v for k, v in q["stages"].items() if k != "asr")
    total = sum(q["stages"].values())
    speedup = (q["audio_s"] / q["wall_s"]) / naive_rate
    steady = (q["audio_s"] / q["flow_wall_s"]) / naive_rate
    print(f"\ncallqa vs naive: {speedup:.2f}x audio-seconds per wall-second over the whole "
          f"process ({q['wall_s'] - q['flow_wall_s']:.1f} s of it imports and the start of "
          f"Prefect's ephemeral API), {steady:.2f}x over the flow itself "
          f"({q['audio_s'] / q['flow_wall_s']:.2f} audio-s per wall-s in {q['flow_wall_s']:.1f} s: "
          f"the rate of a long night, where the start-up is amortised); "
          f"{results['naive']['cpu_s'] / q['cpu_s']:.2f}x less CPU.")
    print(f"Everything but ASR: {non_asr:.1f} s of {total:.1f} s stage time = "
          f"{100 * non_asr / total:.1f} % of the workers' busy time, "
          f"{100 * non_asr / (q['workers'] * q['flow_wall_s']):.1f} % of their wall time "
          f"({q['workers']} workers x {q['flow_wall_s']:.1f} s).")
    if args.long:
        long = _spawn("long", make_long_call(work / "long-1h.wav"))
        print(f"\n1-hour stereo call: peak memory {long['peak_mb']:.0f} MB, wall {long['wall_s']:.0f} s "
              f"(RTF {long['wall_s'] / long['audio_s']:.3f}), {long['utterances']} utterances, "
              f"status {long['status']}")


if __name__ == "__main__":
    main()
