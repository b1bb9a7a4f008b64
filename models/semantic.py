"""The stored semantic classifier: load it, ask it, rebuild it.

``models/trained/semantic.joblib`` holds the fitted pipeline and
``semantic.json`` its metadata (version, training-data sha256, scikit-learn
version, classes, per-class thresholds, cross-validated precision/recall).
Loading compares the stored data hash with the data in ``models/data/`` and
warns when the model is stale: a rulebook must never silently run on a model
that no longer matches the data in the repository.
"""
from __future__ import annotations

import json
import logging
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import joblib
import numpy as np

from models.semantic_data import DATA_DIR, data_sha256, load_examples, speaker_of
from models.semantic_features import FEATURES_VERSION
from models.semantic_train import MODEL_VERSION, TrainOptions, metadata, train

TRAINED_DIR = Path(__file__).with_name("trained")
MODEL_FILE = "semantic.joblib"
META_FILE = "semantic.json"

log = logging.getLogger(__name__)


class SemanticModelError(RuntimeError):
    """The stored model is missing or unreadable."""


class StaleModelWarning(UserWarning):
    """The stored model was trained on other data or another scikit-learn."""


@dataclass
class SemanticModel:
    """The fitted models (one per speaker) plus their metadata; probabilities are cached
    per text."""

    pipelines: dict[str, Any]
    meta: dict[str, Any]

    def __post_init__(self) -> None:
        self._proba: dict[tuple[str, str], dict[str, float]] = {}
        self._vec: dict[str, Any] = {}

    @property
    def classes(self) -> list[str]:
        return list(self.meta["classes"])

    @property
    def thresholds(self) -> dict[str, float]:
        return dict(self.meta["thresholds"])

    def threshold(self, label: str) -> float:
        """The precision-first threshold chosen by cross-validation."""
        if label not in self.meta["thresholds"]:
            raise KeyError(f"the semantic model has no class '{label}' "
                           f"(classes: {', '.join(self.meta['thresholds'])})")
        return float(self.meta["thresholds"][label])

    def proba(self, text: str, speaker: str = "agent") -> dict[str, float]:
        """Probability of every class of one speaker's model for one utterance."""
        key = (speaker, text)
        if key not in self._proba:
            pipe = self.pipelines[speaker]
            p = pipe.predict_proba([text])[0]
            self._proba[key] = {str(c): float(v) for c, v in zip(pipe.classes_, p)}
        return self._proba[key]

    def probability(self, text: str, label: str) -> float:
        """P(label) from the model of the speaker the class belongs to."""
        return self.proba(text, speaker_of(label)).get(label, 0.0)

    def _vectors(self, texts: Sequence[str]) -> Any:
        missing = [t for t in dict.fromkeys(texts) if t not in self._vec]
        if missing:
            mat = self.pipelines["agent"].named_steps["tfidf"].transform(missing)
            for i, t in enumerate(missing):
                self._vec[t] = mat[i]
        from scipy.sparse import vstack
        return vstack([self._vec[t] for t in texts])

    def similarity(self, text: str, others: Sequence[str]) -> list[float]:
        """Cosine similarity (0..1) of ``text`` to each of ``others`` in the agent
        model's TF-IDF space (characters, pinyin, words; rare pieces weigh more)."""
        if not others:
            return []
        a = self._vectors([text])
        b = self._vectors(list(others))
        return [float(x) for x in np.asarray((b @ a.T).todense()).ravel()]


def stale_reasons(meta: dict[str, Any], data_dir: Path) -> list[str]:
    """Reasons the stored model does not match this checkout (empty when fresh)."""
    import sklearn

    reasons = []
    if meta.get("features_version") != FEATURES_VERSION or meta.get("version") != MODEL_VERSION:
        reasons.append(f"model recipe {meta.get('version')}/features {meta.get('features_version')} "
                       f"differs from the code's {MODEL_VERSION}/{FEATURES_VERSION}; run "
                       "'callqa models train'")
    if data_dir.is_dir() and meta.get("training_data_sha256") != data_sha256(data_dir):
        reasons.append("the training data in models/data/ changed since the model was "
                       "trained; run 'callqa models train'")
    if meta.get("sklearn_version") != sklearn.__version__:
        reasons.append(f"trained with scikit-learn {meta.get('sklearn_version')}, running "
                       f"{sklearn.__version__}; run 'callqa models train'")
    return reasons


def read_stored(path: Path, what: str) -> Any:
    """A stored model file (``.json`` metadata or a joblib pickle); a missing file
    names itself and says how to rebuild it."""
    try:
        if path.suffix == ".json":
            return json.loads(path.read_text(encoding="utf-8"))
        return joblib.load(path)
    except FileNotFoundError:
        raise SemanticModelError(f"{path}: no trained {what}; run "
                                 "'callqa models train'") from None


def read_metadata(trained_dir: Path = TRAINED_DIR) -> dict[str, Any]:
    """The stored ``semantic.json``."""
    return read_stored(trained_dir / META_FILE, "semantic model")


def load_model(trained_dir: Path = TRAINED_DIR, data_dir: Path = DATA_DIR) -> SemanticModel:
    """Load the stored model; warn (``StaleModelWarning``) if it is stale."""
    meta = read_metadata(trained_dir)
    pipelines = read_stored(trained_dir / MODEL_FILE, "semantic model")
    for reason in stale_reasons(meta, data_dir):
        log.warning("semantic model is stale: %s", reason)
        warnings.warn(reason, StaleModelWarning, stacklevel=2)
    if not isinstance(pipelines, dict):
        raise SemanticModelError(f"{trained_dir / MODEL_FILE}: a model of recipe "
                                 f"{meta.get('version')} (one model for all speakers); "
                                 "run 'callqa models train'")
    return SemanticModel(pipelines, meta)


@lru_cache(maxsize=1)
def default_model() -> SemanticModel:
    """The committed model, loaded once per process."""
    return load_model()


def train_and_save(trained_dir: Path = TRAINED_DIR, data_dir: Path = DATA_DIR,
                   options: TrainOptions = TrainOptions()) -> dict[str, Any]:
    """Rebuild the model from ``data_dir`` and store it; returns the metadata."""
    rows = load_examples(data_dir)
    result = train(rows, options)
    meta = metadata(result, data_sha256(data_dir), options)
    trained_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(result.pipelines, trained_dir / MODEL_FILE, compress=3)
    (trained_dir / META_FILE).write_text(
        json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    default_model.cache_clear()
    return meta


def cv_table(meta: dict[str, Any]) -> str:
    """The cross-validation table as Markdown (printed by ``callqa models train``)."""
    lines = ["| class | judged on | examples | threshold | CV precision | CV precision at prior "
             "| CV recall | predicted | target met |",
             "|---|---|---:|---:|---:|---:|---:|---:|:---:|"]
    counts = meta.get("examples_per_class", {})
    for label, r in sorted(meta["cv"]["per_class"].items()):
        lines.append(f"| {label} | {r.get('speaker', 'agent')} | {counts.get(label, r['support'])} | "
                     f"{r['threshold']:.3f} | "
                     f"{r['precision']:.2f} | {r['precision_at_prior']:.2f} | {r['recall']:.2f} | "
                     f"{r['predicted']} | "
                     f"{'yes' if r['target_met'] else 'no'} |")
    neutral = meta.get("neutral_class", "neutral")
    lines.append(f"| {neutral} | both | {counts.get(neutral, 0)} | – | – | – | – | – | – |")
    return "\n".join(lines)
