"""The speaker-role text model: data, determinism, staleness and what it tells apart."""
from __future__ import annotations

import json
import shutil

import pytest

from models.semantic_data import TrainingDataError
from models.speaker_role import (META_FILE, ROLES_FILE, TRAINED_DIR, StaleRoleModelWarning,
                                 default_role_model, load_role_examples,
                                 load_role_model, read_roles_file,
                                 roles_data_sha256, stale_reasons, train_and_save)


def test_the_role_data_has_hundreds_of_rows_of_each_side():
    own = read_roles_file()
    assert sum(r.role == "agent" for r in own) >= 300
    assert sum(r.role == "customer" for r in own) >= 300
    mixed = load_role_examples()
    assert len(mixed) > len(own)          # the semantic classes join with their speaker


def test_a_bad_row_names_the_file_and_line(tmp_path):
    bad = tmp_path / "speaker_roles.tsv"
    bad.write_text("text\trole\tdomain\n您好\tagent\t通用\n我要退货\tcaller\t电商\n", "utf-8")
    with pytest.raises(TrainingDataError, match=r"speaker_roles.tsv:3"):
        read_roles_file(bad)


def test_the_stored_model_is_fresh_and_training_reproduces_it(tmp_path):
    stored = json.loads((TRAINED_DIR / META_FILE).read_text("utf-8"))
    assert stored["training_data_sha256"] == roles_data_sha256()
    assert stale_reasons(stored) == []
    assert train_and_save(tmp_path) == stored, "run 'callqa models train' and commit models/trained/"
    assert stored["cv"]["accuracy"] >= 0.85


def test_changed_role_data_makes_the_model_stale(tmp_path):
    data = tmp_path / "speaker_roles.tsv"
    shutil.copy(ROLES_FILE, data)
    with data.open("a", encoding="utf-8") as fh:
        fh.write("我的快递三天没动了\tcustomer\t快递\n")
    stored = json.loads((TRAINED_DIR / META_FILE).read_text("utf-8"))
    assert any("role training data changed" in r for r in stale_reasons(stored, data))
    with pytest.warns(StaleRoleModelWarning, match="callqa models train"):
        load_role_model(roles_file=data)


@pytest.mark.parametrize("text, side", [
    ("您好,这里是燃气公司客服热线,请问有什么可以帮您", 1),
    ("麻烦您提供一下户号,我帮您查一下欠费记录", 1),
    ("我家的燃气表怎么突然不走字了", -1),
    ("我上周就报修了,到现在还没人来,你们到底管不管", -1),
])
def test_it_tells_the_agent_from_the_customer(text, side):
    assert default_role_model().agent_log_odds(text) * side > 1.0


def test_empty_text_says_nothing():
    assert default_role_model().agent_log_odds("  ") == 0.0
