"""ASR benchmark: the naive downmix vs callqa's per-channel transcription.

Prints a table of character error rate (against the scripted text), real-time
factor and peak memory for both, plus dead-air and interruption precision/recall
against the truth file. Each way runs in its own process so peak memory is its own.

    python tools/bench_asr.py --day samples/2026-11-20 [--limit N] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.textnorm import cer  # noqa: E402


def load_truth(day: Path, limit: int | None) -> list[dict]:
    rows = [json.loads(x) for x in (day / "truth.jsonl").read_text("utf-8").splitlines() if x.strip()]
    return rows[:limit] if limit else rows


def run_naive(day: Path, truth: list[dict]) -> list[dict]:
    """Whole file downmixed to mono, faster-whisper defaults (no VAD, conditioned)."""
    from callqa.settings import Settings
    from models.whisper import load_whisper
    from pipeline.audio import decode

    settings = Settings()
    model = load_whisper(settings.asr, settings.model_cache_dir)
    out = []
    for t in truth:
        t0 = time.perf_counter()
        audio = decode(day / t["file"])
        mono = audio.channels.mean(axis=0)
        segments, _ = model.transcribe(mono, language="zh")
        text = "".join(s.text for s in segments)
        out.append({"file": t["file"], "text": text, "seconds": time.perf_counter() - t0,
                    "duration_s": audio.duration_s})
    return out


def run_callqa(day: Path, truth: list[dict]) -> list[dict]:
    """callqa's own pipeline with default settings, transcript cache off."""
    from callqa.settings import Settings
    from pipeline.analyze import Analyzer
    from pipeline.ingest import discover_day

    with tempfile.TemporaryDirectory() as var:
        settings = Settings(var_dir=var, transcript_cache=False)
        analyzer = Analyzer(settings)
        records = {Path(r.file).name: r for r in
                   discover_day(day, day.name, settings.defaults).records}
        analyzer.model  # load before timing, as the nightly run does once per process
        out = []
        for t in truth:
            t0 = time.perf_counter()
            res = analyzer.analyze(records[t["file"]])
            out.append({
                "file": t["file"], "status": res.status, "error": res.error,
                "text": "".join(u.text for u in res.utterances),
                "agent": "".join(u.text for u in res.utterances if u.role == "agent"),
                "customer": "".join(u.text for u in res.utterances if u.role == "customer"),
                "layout": res.channel_layout, "diarization": res.asr.get("diarization"),
                "hits": [{"category": h.category, "start_s": h.start_s, "end_s": h.end_s}
                         for h in res.hits],
                "seconds": time.perf_counter() - t0, "duration_s": res.duration_s or 0.0,
                "timings": res.timings})
    return out


def _child(mode: str, day: Path, limit: int | None, out_path: Path) -> None:
    truth = load_truth(day, limit)
    rows = run_naive(day, truth) if mode == "naive" else run_callqa(day, truth)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out_path.write_text(json.dumps({"rows": rows, "peak_mb": peak_mb}, ensure_ascii=False), "utf-8")


def _spawn(mode: str, day: Path, limit: int | None) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = Path(fh.name)
    cmd = [sys.executable, __file__, "--child", mode, "--day", str(day), "--out", str(out)]
    if limit:
        cmd += ["--limit", str(limit)]
    subprocess.run(cmd, check=True)
    return json.loads(out.read_text("utf-8"))


def interval_pr(truth: list[dict], rows: list[dict], category: str,
                tolerance_s: float = 1.0) -> tuple[float, float, int, int]:
    """Precision, recall, #predicted, #true for time-interval findings on stereo calls."""
    n_pred = n_true = tp_pred = tp_true = 0
    for t, r in zip(truth, rows):
        if "mono" in t["format"]:
            continue
        true_iv = [(f["start_s"], f["end_s"]) for f in t["faults"] if f["category"] == category]
        pred_iv = [(h["start_s"], h["end_s"]) for h in r["hits"] if h["category"] == category]
        n_true += len(true_iv)
        n_pred += len(pred_iv)

        def near(a, b):
            return a[0] - tolerance_s <= b[1] and b[0] - tolerance_s <= a[1]
        tp_pred += sum(any(near(p, q) for q in true_iv) for p in pred_iv)
        tp_true += sum(any(near(q, p) for p in pred_iv) for q in true_iv)
    precision = tp_pred / n_pred if n_pred else float("nan")
    recall = tp_true / n_true if n_true else float("nan")
    return precision, recall, n_pred, n_true


def corpus_cer(truth: list[dict], rows: list[dict], subset, role: str | None = None,
               key: str = "text") -> float:
    edits = length = 0
    for t, r in zip(truth, rows):
        if not subset(t):
            continue
        ref = "".join(turn["text"] for turn in sorted(t["turns"], key=lambda x: x["start_s"])
                      if role is None or turn["role"] == role)
        e, n = cer(ref, r[key])
        edits, length = edits + e, length + n
    return edits / length if length else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--day", default=str(ROOT / "samples" / "2026-11-20"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", default=None, help="also write the figures to this JSON file")
    ap.add_argument("--child", choices=["naive", "callqa"], help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    day = Path(args.day)
    if args.child:
        _child(args.child, day, args.limit, Path(args.out))
        return

    truth = load_truth(day, args.limit)
    naive, ours = _spawn("naive", day, args.limit), _spawn("callqa", day, args.limit)
    stereo = lambda t: "stereo" in t["format"]  # noqa: E731
    mono = lambda t: "mono" in t["format"]      # noqa: E731
    figures = {}
    for name, res in (("naive downmix", naive), ("callqa", ours)):
        rows = res["rows"]
        audio = sum(r["duration_s"] for r in rows)
        figures[name] = {
            "cer_stereo": corpus_cer(truth, rows, stereo),
            "cer_mono": corpus_cer(truth, rows, mono),
            "rtf": sum(r["seconds"] for r in rows) / audio if audio else float("nan"),
            "peak_mb": res["peak_mb"], "calls": len(rows), "audio_s": audio,
        }
    ours_rows = ours["rows"]
    figures["callqa"]["cer_agent"] = corpus_cer(truth, ours_rows, stereo, "agent", "agent")
    figures["callqa"]["cer_customer"] = corpus_cer(truth, ours_rows, stereo, "customer", "customer")
    acoustic = {c: interval_pr(truth, ours_rows, c) for c in ("dead_air", "interruption")}

    n, o = figures["naive downmix"], figures["callqa"]
    print(f"\nASR benchmark on {day} ({o['calls']} calls, {o['audio_s']:.0f} s of audio)\n")
    print("| way | CER stereo | CER mono | RTF | peak MB |")
    print("|---|---:|---:|---:|---:|")
    for name, f in figures.items():
        print(f"| {name} | {f['cer_stereo']:.3f} | {f['cer_mono']:.3f} | {f['rtf']:.3f} | "
              f"{f['peak_mb']:.0f} |")
    rel = (n["cer_stereo"] - o["cer_stereo"]) / n["cer_stereo"] if n["cer_stereo"] else float("nan")
    print(f"\ncallqa vs naive on stereo calls: {rel * 100:.1f} % lower CER "
          f"(agent channel {o['cer_agent']:.3f}, customer channel {o['cer_customer']:.3f})")
    print("\n| finding (stereo calls) | precision | recall | predicted | true |")
    print("|---|---:|---:|---:|---:|")
    for c, (p, r, npred, ntrue) in acoustic.items():
        print(f"| {c} | {p:.2f} | {r:.2f} | {npred} | {ntrue} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"figures": figures, "acoustic": acoustic}, indent=2),
                                   "utf-8")


if __name__ == "__main__":
    main()
