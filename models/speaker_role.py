"""Agent or customer, from the words alone: the speaker-role model for mono calls.

On a mono recording the voices are separated by clustering, which fails when they
sound alike. How people talk is a second, independent cue: agents greet, ask for
numbers, explain procedures and say 您; customers state problems, give details and
complain. This model (TF-IDF over the semantic model's character, pinyin and word
features, logistic regression) gives the log-odds that an utterance is the agent's;
``pipeline.role_sequence`` combines it with the voices and with turn-taking.

Training data: ``models/data/roles/speaker_roles.tsv`` (``text``, ``role``, ``domain``)
plus every row of the semantic classes, with the speaker each class belongs to.
Stored like the semantic model (``models/trained/speaker_role.{joblib,json}``) with the
data hash and cross-validated figures, rebuilt deterministically by ``callqa models train``.
"""
from __future__ import annotations

import csv
import hashlib
import json
import logging
import math
import platform
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import joblib
import numpy as np

from models.semantic_data import DATA_DIR, TrainingDataError, data_sha256, load_examples
from models.semantic_features import FEATURES_VERSION, analyze

ROLES_FILE = DATA_DIR / "roles" / "speaker_roles.tsv"
TRAINED_DIR = Path(__file__).with_name("trained")
MODEL_FILE, META_FILE = "speaker_role.joblib", "speaker_role.json"
#: Bump when the recipe (features, classifier, data mix) changes.
MODEL_VERSION = "1.0.0"
ROLES = ("agent", "customer")
_CLIP = 6.0                     # |log-odds| beyond this says nothing more

log = logging.getLogger(__name__)


class StaleRoleModelWarning(UserWarning):
    """The stored role model was trained on other data or another scikit-learn."""


@dataclass(frozen=True, order=True)
class RoleExample:
    role: str
    text: str


def read_roles_file(path: Path = ROLES_FILE) -> list[RoleExample]:
    """Rows of the role file; a bad row is an error naming the file and line."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(next(reader, ())) != ("text", "role", "domain"):
            raise TrainingDataError(f"{path.name}: first line must be text<TAB>role<TAB>domain")
        rows = []
        for lineno, row in enumerate(reader, start=2):
            if not "".join(row).strip():
                continue
            if len(row) != 3 or row[1].strip() not in ROLES or not row[0].strip():
                raise TrainingDataError(f"{path.name}:{lineno}: expected text, role "
                                        f"({'/'.join(ROLES)}) and domain")
            rows.append(RoleExample(row[1].strip(), row[0].strip()))
    return rows


def load_role_examples(roles_file: Path = ROLES_FILE, data_dir: Path = DATA_DIR
                       ) -> list[RoleExample]:
    """The role file plus the semantic rows (each with its class's speaker), sorted,
    one role per text (the role file wins)."""
    rows = {r.text: r for r in (RoleExample(u.speaker, u.text) for u in load_examples(data_dir))}
    rows.update({r.text: r for r in read_roles_file(roles_file)})
    return sorted(rows.values())


def roles_data_sha256(roles_file: Path = ROLES_FILE, data_dir: Path = DATA_DIR) -> str:
    h = hashlib.sha256(data_sha256(data_dir).encode())
    h.update(roles_file.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()


def _pipeline(seed: int):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("tfidf", TfidfVectorizer(analyzer=analyze, sublinear_tf=True, lowercase=False,
                                  dtype=np.float64, min_df=2)),
        ("clf", LogisticRegression(C=4.0, solver="newton-cg", max_iter=1000,
                                   class_weight="balanced", random_state=seed)),
    ])


def train(rows: list[RoleExample], seed: int = 20261120, folds: int = 5
          ) -> tuple[Any, dict[str, Any]]:
    """Cross-validate (near-duplicates grouped), then fit on every row.

    BLAS on one thread, as for the semantic model: the summation order then does not
    depend on the machine, so a rebuild gives the stored figures exactly."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return _train(rows, seed, folds)


def _train(rows: list[RoleExample], seed: int, folds: int) -> tuple[Any, dict[str, Any]]:
    from sklearn.model_selection import StratifiedGroupKFold

    from models.semantic_data import LabelledUtterance
    from models.semantic_train import near_duplicate_groups

    texts = [r.text for r in rows]
    labels = np.array([r.role for r in rows])
    groups = near_duplicate_groups([LabelledUtterance(r.role, r.text) for r in rows], 0.7)
    p_agent = np.zeros(len(rows))
    for tr, te in StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(
            texts, labels, groups):
        model = _pipeline(seed).fit([texts[i] for i in tr], labels[tr])
        p_agent[te] = model.predict_proba([texts[i] for i in te])[:, list(model.classes_).index("agent")]
    pred = np.where(p_agent >= 0.5, "agent", "customer")
    cv = {"method": f"{folds}-fold stratified, near-duplicates grouped",
          "accuracy": round(float((pred == labels).mean()), 4),
          "log_loss": round(float(-np.mean(np.log(np.clip(
              np.where(labels == "agent", p_agent, 1 - p_agent), 1e-6, 1)))), 4)}
    for role in ROLES:
        tp = int(((pred == role) & (labels == role)).sum())
        cv[role] = {"examples": int((labels == role).sum()),
                    "precision": round(tp / max(int((pred == role).sum()), 1), 4),
                    "recall": round(tp / max(int((labels == role).sum()), 1), 4)}
    return _pipeline(seed).fit(texts, labels), cv


def train_and_save(trained_dir: Path = TRAINED_DIR, roles_file: Path = ROLES_FILE,
                   data_dir: Path = DATA_DIR) -> dict[str, Any]:
    """Rebuild the stored model; returns its metadata (no time stamps: reproducible)."""
    import sklearn

    pipeline, cv = train(load_role_examples(roles_file, data_dir))
    meta = {"model": "callqa-speaker-role", "version": MODEL_VERSION,
            "features_version": FEATURES_VERSION,
            "training_data_sha256": roles_data_sha256(roles_file, data_dir),
            "sklearn_version": sklearn.__version__, "python_version": platform.python_version(),
            "cv": cv}
    trained_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(pipeline, trained_dir / MODEL_FILE, compress=3)
    (trained_dir / META_FILE).write_text(
        json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    default_role_model.cache_clear()
    return meta


@dataclass
class SpeakerRoleModel:
    pipeline: Any
    meta: dict[str, Any]

    def agent_log_odds(self, text: str) -> float:
        """log P(agent)/P(customer) for one utterance, clipped to ±6 (0 when empty)."""
        if not text.strip():
            return 0.0
        p = self.pipeline.predict_proba([text])[0]
        pa = float(p[list(self.pipeline.classes_).index("agent")])
        pa = min(max(pa, 1e-6), 1 - 1e-6)
        return max(-_CLIP, min(_CLIP, math.log(pa / (1 - pa))))


def stale_reasons(meta: dict[str, Any], roles_file: Path = ROLES_FILE,
                  data_dir: Path = DATA_DIR) -> list[str]:
    import sklearn

    reasons = []
    if meta.get("version") != MODEL_VERSION or meta.get("features_version") != FEATURES_VERSION:
        reasons.append("the role model's recipe changed; run 'callqa models train'")
    if roles_file.is_file() and meta.get("training_data_sha256") != roles_data_sha256(roles_file, data_dir):
        reasons.append("the role training data changed; run 'callqa models train'")
    if meta.get("sklearn_version") != sklearn.__version__:
        reasons.append(f"role model trained with scikit-learn {meta.get('sklearn_version')}, "
                       f"running {sklearn.__version__}; run 'callqa models train'")
    return reasons


def read_role_metadata(trained_dir: Path = TRAINED_DIR) -> dict[str, Any]:
    """The stored ``speaker_role.json``; a missing file says how to rebuild it."""
    from models.semantic import read_stored

    return read_stored(trained_dir / META_FILE, "speaker-role model")


def load_role_model(trained_dir: Path = TRAINED_DIR, roles_file: Path = ROLES_FILE,
                    data_dir: Path = DATA_DIR) -> SpeakerRoleModel:
    """The stored model; warns (``StaleRoleModelWarning``) when it is stale."""
    from models.semantic import read_stored

    meta = read_role_metadata(trained_dir)
    model = SpeakerRoleModel(read_stored(trained_dir / MODEL_FILE, "speaker-role model"), meta)
    for reason in stale_reasons(meta, roles_file, data_dir):
        log.warning("speaker-role model is stale: %s", reason)
        warnings.warn(reason, StaleRoleModelWarning, stacklevel=2)
    return model


@lru_cache(maxsize=1)
def default_role_model() -> SpeakerRoleModel:
    """The committed model, loaded once per process."""
    return load_role_model()
