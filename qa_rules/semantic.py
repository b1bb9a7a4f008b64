"""The rule engine's view of the semantic model: class probabilities and
sentence similarity, loaded lazily so phrase-only rulebooks never pay for it.

Tests and tools may swap the model with ``use_model`` (e.g. a freshly trained
one); by default the committed ``models/trained/semantic.joblib`` is used.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from qa_rules.normalize import normalize

if TYPE_CHECKING:
    from models.semantic import SemanticModel
    from qa_rules.schema import SemanticSpec

_override: "SemanticModel | None" = None

#: Chinese names of the model's classes, for evidence texts.
LABEL_ZH = {"shirking": "推诿搪塞", "curt": "态度生硬/不耐烦", "confirmation": "确认客户是否明白",
            "apology": "道歉", "closing": "结束语", "abrupt_end": "生硬结束通话",
            "complaint": "客户不满", "neutral": "普通对话"}


def model() -> "SemanticModel":
    """The model rules use (the committed one unless ``use_model`` set another)."""
    if _override is not None:
        return _override
    from models.semantic import default_model
    return default_model()


def use_model(m: "SemanticModel | None") -> None:
    """Use ``m`` for rule evaluation (``None``: back to the committed model)."""
    global _override
    _override = m


def known_labels() -> list[str]:
    """Classes the stored model can report (metadata only; cheap)."""
    if _override is not None:
        return list(_override.thresholds)
    from models.semantic import read_metadata
    return list(read_metadata()["thresholds"])


_CLAUSE_END = re.compile(r"[,，。?？!！;；]+")
_SENTENCE_END = re.compile(r"[。?？!！;；]+")


def _pieces(text: str, ends: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` cut after each run of ``ends`` (kept with the piece it ends),
    empty pieces dropped; only when there are at least two."""
    spans, start = [], 0
    for m in ends.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    spans = [(a, b) for a, b in spans if normalize(text[a:b]).text]
    return spans if len(spans) >= 2 else []


def clauses(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of ``text`` (split at ,。?!;), punctuation kept
    with the clause it ends; only when there are at least two."""
    return _pieces(text, _CLAUSE_END)


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (split at 。?!; but not at commas);
    only when there are at least two."""
    return _pieces(text, _SENTENCE_END)


def class_match(spec: "SemanticSpec", text: str) -> tuple[float, int, int] | None:
    """``(probability, start, end)`` of the best-scoring span the model puts in
    ``spec.label`` at or above the spec's threshold: the whole text, or with
    ``spec.clauses`` (``spec.sentences``) also any one clause (sentence) of it; ``None``
    if nothing reaches it."""
    if not normalize(text).text:
        return None
    m = model()
    limit = spec.min_probability if spec.min_probability is not None else m.threshold(spec.label)
    parts = clauses(text) if spec.clauses else sentences(text) if spec.sentences else []
    spans = [(0, len(text))] + parts
    best = max(((m.probability(text[a:b], spec.label), a, b) for a, b in spans),
               key=lambda x: x[0])
    return best if best[0] >= limit else None


def class_probability(spec: "SemanticSpec", text: str) -> float | None:
    """The model's probability of ``spec.label`` if it reaches the spec's
    threshold (best clause or sentence with ``spec.clauses`` / ``spec.sentences``), else
    ``None``."""
    found = class_match(spec, text)
    return found[0] if found else None


def nearest(text: str, sentences: Sequence[str]) -> tuple[float, str]:
    """Similarity of ``text`` to the most similar of ``sentences`` and that sentence."""
    if not sentences:
        return 0.0, ""
    sims = model().similarity(text, list(sentences))
    k = max(range(len(sims)), key=lambda i: sims[i])
    return sims[k], sentences[k]


def similarity(a: str, b: str) -> float:
    """Similarity (0..1) of two utterances."""
    return model().similarity(a, [b])[0]
