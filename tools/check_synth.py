#!/usr/bin/env python3
"""Check generated calls against their truth file (run with the MAIN venv: needs PyAV).

    .venv/bin/python tools/check_synth.py samples/2026-11-20/truth.jsonl
    .venv/bin/python tools/check_synth.py tests/data/fx_truth.jsonl

Decodes every file with PyAV and checks: 8 kHz, channel count for the format,
duration, that each turn's speech energy is on the channel the layout says
(stereo), that dead-air and hold gaps are silent on both channels, and that
interruption overlaps have speech on both channels.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import av
import numpy as np

CHANNELS = {"wav-pcm16-stereo": 2, "wav-mulaw-stereo": 2, "mp3-stereo": 2, "wav-pcm16-mono": 1}


def decode(path: Path) -> tuple[np.ndarray, int]:
    with av.open(str(path)) as c:
        st = c.streams.audio[0]
        rate = st.rate
        frames = [f.to_ndarray() for f in c.decode(st)]
    fmt0 = frames[0]
    planar = fmt0.shape[0] > 1 or st.layout.nb_channels == 1
    data = np.concatenate(frames, axis=1)
    if not planar:  # packed: (1, n*ch)
        data = data.reshape(-1, st.layout.nb_channels).T
    if data.dtype.kind == "i":
        data = data.astype(np.float32) / 32768.0
    return data.astype(np.float32), rate


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x.astype(np.float64) ** 2))) if x.size else 0.0


def db(x: float) -> float:
    return 20 * np.log10(max(x, 1e-9))


def check(truth_path: Path) -> int:
    bad = 0
    for line in truth_path.read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        path = truth_path.parent / t["file"]
        data, rate = decode(path)
        problems = []
        if rate != 8000:
            problems.append(f"rate {rate}")
        if data.shape[0] != CHANNELS[t["format"]]:
            problems.append(f"{data.shape[0]} channels")
        dur = data.shape[1] / rate
        if abs(dur - t["duration_s"]) > 0.05:
            problems.append(f"duration {dur:.3f} vs truth {t['duration_s']}")
        seg = lambda a, b, ch: data[ch, int(a * rate):int(b * rate)]  # noqa: E731
        if data.shape[0] == 2 and t["channel_layout"] in ("agent-left", "agent-right"):
            a_ch = 0 if t["channel_layout"] == "agent-left" else 1
            for u in t["turns"]:
                own = a_ch if u["role"] == "agent" else 1 - a_ch
                # the part of the turn not overlapped by the other speaker
                e_own, e_other = rms(seg(u["start_s"], u["end_s"], own)), rms(seg(u["start_s"], u["end_s"], 1 - own))
                if db(e_own) - db(e_other) < 10 and not any(
                        o["start_s"] < u["end_s"] and o["end_s"] > u["start_s"]
                        for o in t["turns"] if o is not u):
                    problems.append(f"turn at {u['start_s']} not on its channel ({db(e_own):.0f}/{db(e_other):.0f} dB)")
        speech_db = np.median([db(rms(data[:, int(u['start_s'] * rate):int(u['end_s'] * rate)]))
                               for u in t["turns"]]) if t["turns"] else None
        for f in t["faults"] + t["events"]:
            kind = f.get("category") or f.get("type")
            if kind in ("dead_air", "hold"):
                lvl = max(db(rms(seg(f["start_s"] + 0.05, f["end_s"] - 0.05, ch))) for ch in range(data.shape[0]))
                if speech_db is not None and lvl > speech_db - 25:
                    problems.append(f"{kind} {f['start_s']}-{f['end_s']} not silent ({lvl:.0f} dB vs speech {speech_db:.0f})")
            if kind == "interruption" and data.shape[0] == 2:
                for ch in range(2):
                    if speech_db is not None and db(rms(seg(f["start_s"], f["end_s"], ch))) < speech_db - 20:
                        problems.append(f"interruption {f['start_s']}: channel {ch} silent")
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        print(f"{status} {t['file']:22s} {rate} Hz {data.shape[0]} ch {dur:6.2f} s  {t['format']:17s} "
              f"{t['channel_layout']:11s} " + "; ".join(problems))
    return bad


if __name__ == "__main__":
    sys.exit(1 if sum(check(Path(p)) for p in sys.argv[1:]) else 0)
