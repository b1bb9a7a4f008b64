"""The data model every stage passes along: plain dataclasses, no I/O.

Stages read and return these objects; the warehouse and the JSON output of
``callqa analyze`` serialise them. Keep field names stable: they are the
public contract documented in the README.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Role = Literal["agent", "customer", "unknown"]
CallStatus = Literal["ok", "failed", "asr_unreliable", "too_short"]

#: The stable category vocabulary shared by rules, reports and the review UI.
CATEGORIES: tuple[str, ...] = (
    "forbidden_phrase",
    "shirking",
    "missing_greeting",
    "missing_self_intro",
    "missing_confirmation",
    "missing_apology",
    "missing_closing",
    "interruption",
    "dead_air",
    "repeated_question",
    "impolite_address",
    "speech_rate",
    "agent_hung_up_first",
    "agent_on_leave",
)

#: How a hit was found.
METHODS: tuple[str, ...] = (
    "exact", "pinyin", "regex", "semantic", "acoustic", "metadata", "absence",
)


@dataclass
class CallRecord:
    """What we know about a recording before listening to it (metadata.csv row)."""

    file: str                      # path of the audio file (as given / discovered)
    recording_id: str              # stable key: call_id, else derived from day + file name
    call_id: str | None = None
    agent_id: str | None = None
    agent_name: str | None = None
    team: str | None = None
    started_at: str | None = None  # ISO 8601 with offset
    direction: str | None = None   # inbound / outbound
    hangup_by: str | None = None   # agent / customer
    channel_layout: str = "agent-left"  # agent-left | agent-right | mono
    call_date: str | None = None   # YYYY-MM-DD of the day folder / run
    extra: dict[str, str] = field(default_factory=dict)  # unknown CSV columns, kept


@dataclass
class Word:
    """One timed token from the recogniser (a character or a few, in Mandarin)."""

    start_s: float
    end_s: float
    text: str
    probability: float = 1.0


@dataclass
class Utterance:
    """One speaker turn (or part of one) on the call's timeline."""

    role: Role
    start_s: float
    end_s: float
    text: str
    channel: int = 0
    avg_logprob: float | None = None
    no_speech_prob: float | None = None
    words: list[Word] = field(default_factory=list)
    #: how sure speaker separation is of ``role`` in a mono mix (None: the role is the channel's)
    role_confidence: float | None = None


@dataclass
class RuleHit:
    """One finding with its evidence: who, when, the words, how it was found."""

    rule_id: str
    category: str
    severity: str                  # critical | major | minor
    role: Role
    start_s: float
    end_s: float
    evidence: str                  # the matched words, or what was missing and where
    method: str                    # one of METHODS
    confidence: float = 1.0


@dataclass
class ScoreItem:
    """One scorecard line: what it weighs, what the call earned and why."""

    item_id: str
    section: str
    name: str
    weight: float
    earned: float | None           # None when N/A (only an inspector can score it)
    status: Literal["ok", "deducted", "failed", "na"]
    rule_ids: list[str] = field(default_factory=list)


@dataclass
class CallScore:
    score: float | None            # 0..100 over the machine-scorable items; None if not scored
    grade: str | None              # 优秀 / 良好 / 合格 / 不合格, or None
    critical_failed: bool = False
    items: list[ScoreItem] = field(default_factory=list)


@dataclass
class CallTranscript:
    """What the rules see: the timeline of utterances plus call-level facts."""

    utterances: list[Utterance]
    duration_s: float
    record: CallRecord | None = None
    acoustics: dict[str, Any] = field(default_factory=dict)
    #: roles come from speaker separation of a mono mix (a guess), not from channels
    roles_guessed: bool = False


@dataclass
class CallResult:
    """Everything the per-call pipeline produced for one recording."""

    record: CallRecord
    status: CallStatus
    error: str | None = None
    duration_s: float | None = None
    channel_layout: str | None = None
    audio_sha256: str | None = None
    utterances: list[Utterance] = field(default_factory=list)
    hits: list[RuleHit] = field(default_factory=list)
    score: CallScore | None = None
    rulebook_id: str | None = None
    rulebook_version: str | None = None
    asr: dict[str, Any] = field(default_factory=dict)       # model name, options, cache hit
    acoustics: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    def to_json_dict(self) -> dict[str, Any]:
        """The ``callqa analyze --format json`` object (see README, 'JSON contract')."""
        return {
            "file": self.record.file,
            "recording_id": self.record.recording_id,
            "status": "failed" if self.status == "failed" else
                      ("asr_unreliable" if self.status == "asr_unreliable" else "ok"),
            "error": self.error,
            "duration_s": _r(self.duration_s),
            "channel_layout": self.channel_layout,
            "utterances": [
                {"role": u.role, "start_s": _r(u.start_s), "end_s": _r(u.end_s), "text": u.text}
                for u in self.utterances
            ],
            "hits": [
                {k: (_r(v) if isinstance(v, float) else v) for k, v in asdict(h).items()}
                for h in self.hits
            ],
            "score": _r(self.score.score) if self.score else None,
            "grade": self.score.grade if self.score else None,
            "too_short": self.status == "too_short",
        }


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 2)
