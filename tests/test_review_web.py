"""The review workbench over HTTP (in-process), asserting mostly on the JSON twins.

Each test gets its own copy of a small fixture warehouse (``review.testing``):
F1 一组 critical forbidden phrase + missing greeting (customer gives a phone number
and a name), F2 二组 missing confirmation, F3 一组 clean, F4 二组 markup in the
transcript and a dead-air finding.
"""
from __future__ import annotations

import io
import json
import re
import zipfile

import numpy as np
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from review.app import create_app
from review.testing import USERS
from tests.review_fixtures import app, client, csrf_of, settings, template  # noqa: F401




def login(client: TestClient, username: str) -> str:
    """Log in through the form; returns the session's CSRF token."""
    page = client.get("/")
    password = USERS[username][2]
    r = client.post("/login", data={"username": username, "password": password,
                                    "csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert r.status_code == 303, r.text
    home = client.get(r.headers["location"])
    assert home.status_code == 200
    return csrf_of(home.text)


def post(client: TestClient, url: str, token: str, **data) -> dict:
    r = client.post(url + "?format=json", data={**data, "csrf_token": token})
    assert r.status_code == 200, r.text
    return r.json()


def call_json(client: TestClient, rid: str) -> dict:
    r = client.get(f"/calls/{rid}.json")
    assert r.status_code == 200, r.text
    return r.json()


def finding(call: dict, category: str) -> dict:
    return next(f for f in call["findings"] if f["category"] == category)


# --------------------------------------------------------------------- login

def test_root_shows_the_login_page_to_anyone_not_logged_in(client):
    r = client.get("/")
    assert r.status_code == 200
    assert 'name="password"' in r.text and "登录" in r.text


def test_login_lands_inspectors_on_the_queue_and_trainers_on_search(client):
    page = client.get("/")
    r = client.post("/login", data={"username": "insp", "password": "insp-pass-1",
                                    "csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/queue"
    client.cookies.clear()
    page = client.get("/")
    r = client.post("/login", data={"username": "trainer", "password": "trainer-pass-1",
                                    "csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert r.headers["location"] == "/search"


def test_wrong_password_is_refused_with_a_generic_message(client):
    page = client.get("/")
    r = client.post("/login", data={"username": "insp", "password": "wrong-password",
                                    "csrf_token": csrf_of(page.text)})
    assert r.status_code == 400 and "用户名或密码错误" in r.text
    r = client.post("/login", data={"username": "nobody", "password": "wrong-password",
                                    "csrf_token": csrf_of(page.text)})
    assert r.status_code == 400 and "用户名或密码错误" in r.text
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_logout_ends_the_session(client):
    token = login(client, "insp")
    r = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/queue.json").status_code == 401


# --------------------------------------------------------------------- queue

def test_queue_lists_flagged_unreviewed_calls_critical_first(client):
    login(client, "insp")
    q = client.get("/queue.json").json()
    ids = [r["recording_id"] for r in q["rows"]]
    assert ids[0] == "F1"                      # critical first
    assert set(ids) == {"F1", "F2", "F4"}      # F3 is clean: not flagged
    assert q["rows"][0]["sev_rank"] == 0 and q["rows"][0]["review_status"] == "pending"
    assert q["total"] == 3


@pytest.mark.parametrize("params, expected", [
    ({"team": "二组"}, {"F2", "F4"}),
    ({"agent": "A01"}, {"F1"}),
    ({"category": "dead_air"}, {"F4"}),
    ({"severity": "critical"}, {"F1"}),
    ({"score_min": "50"}, {"F2", "F4"}),
    ({"score_max": "10"}, {"F1"}),
    ({"date": "2026-11-20"}, {"F1", "F2", "F4"}),
    ({"date": "2026-11-21"}, set()),
])
def test_queue_filters(client, params, expected):
    login(client, "insp")
    rows = client.get("/queue", params={**params, "format": "json"}).json()["rows"]
    assert {r["recording_id"] for r in rows} == expected


def test_a_fully_reviewed_call_leaves_the_queue(client):
    token = login(client, "insp")
    call = call_json(client, "F2")
    post(client, f"/calls/F2/findings/{finding(call, 'missing_confirmation')['idx']}/verdict",
         token, verdict="confirmed")
    open_ids = {r["recording_id"] for r in client.get("/queue.json").json()["rows"]}
    assert "F2" not in open_ids
    done = client.get("/queue", params={"status": "done", "format": "json"}).json()["rows"]
    assert [r["recording_id"] for r in done] == ["F2"]


# --------------------------------------------------------------------- call page

def test_call_page_has_player_lanes_findings_and_breakdown(client):
    login(client, "insp")
    r = client.get("/calls/F1")
    assert r.status_code == 200
    html = r.text
    assert 'id="player"' in html and 'src="/audio/F1"' in html
    assert "坐席" in html and "客户" in html
    # the forbidden phrase is highlighted in the agent's lane and can be jumped to
    assert re.search(r'<mark data-finding="\d+">这事不归我们管</mark>', html)
    assert 'data-seek="9.0"' in html
    call = call_json(client, "F1")
    roles = [u["role"] for u in call["utterances"]]
    assert roles == ["agent", "customer", "agent", "customer"]
    assert call["machine"]["score"] == 0 and call["machine"]["critical_failed"]
    items = {i["item_id"]: i for i in call["score_items"]}
    assert items["attitude.3"]["status"] == "failed"
    assert items["skills.1"]["status"] == "na" and items["skills.1"]["can_score"]


def test_rejecting_the_critical_finding_recomputes_the_score_and_keeps_the_original(client):
    token = login(client, "insp")
    before = call_json(client, "F1")
    forbidden = finding(before, "forbidden_phrase")
    out = post(client, f"/calls/F1/findings/{forbidden['idx']}/verdict", token,
               verdict="rejected", comment="坐席在转述客户原话")
    after = call_json(client, "F1")
    assert after["machine"]["score"] == 0.0                  # the machine's score stays
    assert after["reviewed"]["score"] == out["review"]["reviewed_score"] > 0
    assert after["reviewed"]["status"] == "in_progress"      # greeting not ruled yet
    # the greeting finding still deducts (not reviewed = machine's judgement stands)
    items = {i["item_id"]: i for i in after["score_items"]}
    assert items["attitude.3"]["earned"] == items["attitude.3"]["weight"]
    assert items["attitude.1"]["earned"] < items["attitude.1"]["weight"]
    f = finding(after, "forbidden_phrase")
    assert f["verdict"] == "rejected" and f["comment"] == "坐席在转述客户原话"
    assert f["decided_by"] == "insp"


def test_confirming_every_finding_marks_the_call_done(client):
    token = login(client, "insp")
    call = call_json(client, "F1")
    for f in call["findings"]:
        post(client, f"/calls/F1/findings/{f['idx']}/verdict", token, verdict="confirmed")
    after = call_json(client, "F1")
    assert after["reviewed"]["status"] == "done" and after["reviewed"]["score"] == 0.0


def test_inspector_scores_na_items_by_hand(client):
    token = login(client, "insp")
    before = call_json(client, "F2")["reviewed"]["score"]
    out = post(client, "/calls/F2/items/skills.1/score", token, earned="0", comment="没有复述")
    after = call_json(client, "F2")
    assert out["review"]["reviewed_score"] == after["reviewed"]["score"] < before
    item = next(i for i in after["score_items"] if i["item_id"] == "skills.1")
    assert item["status"] == "manual" and item["earned"] == 0
    post(client, "/calls/F2/items/skills.1/score", token, earned="")     # back to N/A
    assert call_json(client, "F2")["reviewed"]["score"] == before


@pytest.mark.parametrize("item, earned", [("skills.1", "99"), ("skills.1", "-1"),
                                          ("attitude.1", "5"), ("nope", "1")])
def test_manual_scores_outside_the_rules_are_refused(client, item, earned):
    token = login(client, "insp")
    r = client.post(f"/calls/F2/items/{item}/score?format=json",
                    data={"earned": earned, "csrf_token": token})
    assert r.status_code in (400, 404) and "error" in r.json()


def test_every_change_goes_to_the_audit_log_with_before_and_after(client):
    token = login(client, "insp")
    call = call_json(client, "F1")
    idx = finding(call, "forbidden_phrase")["idx"]
    post(client, f"/calls/F1/findings/{idx}/verdict", token, verdict="rejected", comment="误报")
    post(client, f"/calls/F1/findings/{idx}/verdict", token, verdict="confirmed", comment="复听后确认")
    entries = client.get("/audit", params={"recording_id": "F1", "format": "json"}).json()["entries"]
    verdicts = [e for e in entries if e["action"] == "verdict.set"]
    assert len(verdicts) == 2
    newest, older = verdicts
    assert older["actor"] == "insp" and older["before"]["verdict"] is None
    assert older["after"]["verdict"] == "rejected" and older["before"]["score"] == 0.0
    assert newest["before"]["verdict"] == "rejected" and newest["after"]["verdict"] == "confirmed"
    assert newest["after"]["score"] == 0.0 and newest["logged_at"]


# --------------------------------------------------------------------- appeals

def test_team_lead_appeals_and_inspector_rules_finally(client):
    lead_token = login(client, "lead1")
    call = call_json(client, "F1")
    greet = finding(call, "missing_greeting")
    assert greet["can_appeal"] and not greet["can_verdict"]
    out = post(client, f"/calls/F1/findings/{greet['idx']}/appeal", lead_token,
               reason="坐席说了“喂”之后马上问候了,录音开头被截断")
    appeal_id = out["appeal_id"]
    lead_view = client.get("/appeals.json").json()["appeals"]
    assert [a["appeal_id"] for a in lead_view] == [appeal_id]
    again = client.post(f"/calls/F1/findings/{greet['idx']}/appeal?format=json",
                        data={"reason": "再申诉一次", "csrf_token": lead_token})
    assert again.status_code == 409

    client.cookies.clear()
    token = login(client, "insp")
    score_before = call_json(client, "F1")["reviewed"]["score"]
    blocked = client.post(f"/calls/F1/findings/{greet['idx']}/verdict?format=json",
                          data={"verdict": "confirmed", "csrf_token": token})
    assert blocked.status_code == 409                   # rule the appeal instead
    ruled = post(client, f"/appeals/{appeal_id}/ruling", token, ruling="overturned",
                 comment="录音开头缺失,撤销")
    assert ruled["ruling"] == "overturned"
    after = call_json(client, "F1")
    g = finding(after, "missing_greeting")
    assert g["verdict"] == "rejected" and g["source"] == "appeal"
    assert g["appeal"]["status"] == "overturned" and g["appeal"]["ruled_by"] == "insp"
    assert after["reviewed"]["score"] == score_before   # still auto-failed by the critical one
    # final: no second ruling, no verdict change
    assert client.post(f"/appeals/{appeal_id}/ruling?format=json",
                       data={"ruling": "upheld", "csrf_token": token}).status_code == 409
    assert client.post(f"/calls/F1/findings/{g['idx']}/verdict?format=json",
                       data={"verdict": "confirmed", "csrf_token": token}).status_code == 409
    actions = [e["action"] for e in client.get("/audit.json").json()["entries"]]
    assert "appeal.file" in actions and "appeal.rule" in actions


def test_overturning_the_critical_finding_lifts_the_auto_fail(client):
    token = login(client, "lead1")
    idx = finding(call_json(client, "F1"), "forbidden_phrase")["idx"]
    appeal_id = post(client, f"/calls/F1/findings/{idx}/appeal", token, reason="转述")["appeal_id"]
    client.cookies.clear()
    token = login(client, "insp")
    post(client, f"/appeals/{appeal_id}/ruling", token, ruling="overturned")
    after = call_json(client, "F1")
    assert after["machine"]["score"] == 0.0 and after["reviewed"]["score"] > 50


def test_upholding_an_appeal_confirms_the_finding(client):
    token = login(client, "lead2")
    idx = finding(call_json(client, "F2"), "missing_confirmation")["idx"]
    appeal_id = post(client, f"/calls/F2/findings/{idx}/appeal", token, reason="说了“明白吗”")[
        "appeal_id"]
    client.cookies.clear()
    token = login(client, "insp")
    post(client, f"/appeals/{appeal_id}/ruling", token, ruling="upheld", comment="不是确认用语")
    f = finding(call_json(client, "F2"), "missing_confirmation")
    assert f["verdict"] == "confirmed" and f["appeal"]["status"] == "upheld"


# --------------------------------------------------------------------- calibration

def test_calibration_shows_the_share_confirmed_per_rule(client):
    token = login(client, "insp")
    f1 = call_json(client, "F1")
    post(client, f"/calls/F1/findings/{finding(f1, 'forbidden_phrase')['idx']}/verdict", token,
         verdict="rejected")
    post(client, f"/calls/F1/findings/{finding(f1, 'missing_greeting')['idx']}/verdict", token,
         verdict="confirmed")
    rules = {r["rule_id"]: r for r in client.get("/calibration.json").json()["rules"]}
    assert rules["forbidden.not_our_business"]["confirm_rate"] == 0.0
    assert rules["required.greeting"]["confirm_rate"] == 1.0
    assert rules["required.greeting"]["n_reviewed"] == 1
    assert rules["acoustic.dead_air"]["n_reviewed"] == 0
    assert rules["acoustic.dead_air"]["confirm_rate"] is None
    assert rules["required.greeting"]["signal"] == "样本不足"


# --------------------------------------------------------------------- search

@pytest.mark.parametrize("q, rid, method", [
    ("不归我们管", "F1", "exact"),
    ("不归我们关", "F1", "pinyin"),      # the example: same sound, other characters
    ("找物业", "F1", "exact"),
    ("停电", "F2", "exact"),
    ("感谢 再见", "F2", "exact"),        # every part must be found
])
def test_search_finds_words_and_sound_alikes(client, q, rid, method):
    login(client, "trainer")
    res = client.get("/search", params={"q": q, "format": "json"}).json()
    assert res["total"] >= 1
    top = res["results"][0]
    assert top["recording_id"] == rid and top["method"] == method
    assert any(s["hit"] for s in top["segments"])


def test_search_does_not_flip_negations(client):
    login(client, "trainer")
    res = client.get("/search", params={"q": "归我们管", "format": "json"}).json()
    # 归我们管 is inside 不归我们管 as text, so it is found, but 不 is never dropped by sound
    assert all("不" not in s["text"] or s["text"].endswith("不")
               for r in res["results"] for s in r["segments"] if s["hit"])
    none = client.get("/search", params={"q": "不感谢", "format": "json"}).json()
    assert none["total"] == 0


@pytest.mark.parametrize("params, expected", [
    ({}, {"F2", "F3"}),
    ({"team": "二组"}, {"F2"}),
    ({"category": "missing_confirmation"}, {"F2"}),
    ({"role": "customer"}, set()),
    ({"role": "agent"}, {"F2", "F3"}),
    ({"date_from": "2026-11-21"}, set()),
    ({"date_from": "2026-11-20", "date_to": "2026-11-20"}, {"F2", "F3"}),
    ({"score_max": "99"}, {"F2"}),
    ({"score_min": "100"}, {"F3"}),
])
def test_search_filters(client, params, expected):
    login(client, "trainer")
    res = client.get("/search", params={"q": "感谢 再见", **params, "format": "json"}).json()
    assert {r["recording_id"] for r in res["results"]} == expected


def test_search_index_follows_new_transcripts(client, app):
    login(client, "trainer")
    assert client.get("/search", params={"q": "宽带", "format": "json"}).json()["total"] == 0
    with app.state.review.warehouse.write() as con:
        con.execute("UPDATE utterances SET text = '我家宽带坏了。' WHERE recording_id = 'F2' "
                    "AND idx = 1")
        con.execute("UPDATE recordings SET updated_at = now() WHERE recording_id = 'F2'")
    res = client.get("/search", params={"q": "宽带", "format": "json"}).json()
    assert [r["recording_id"] for r in res["results"]] == ["F2"]
    assert client.get("/search", params={"q": "停电", "format": "json"}).json()["total"] == 0


# --------------------------------------------------------------------- examples and pack

def test_trainer_marks_examples_and_exports_a_masked_pack(client, settings):
    token = login(client, "trainer")
    post(client, "/calls/F1/examples", token, kind="bad", start_s="00:02.5", end_s="00:09",
         note="客户报了手机号13812345678,坐席推诿")
    post(client, "/calls/F3/examples", token, kind="good", start_s="", end_s="", note="标准结束语")
    examples = client.get("/examples.json").json()["examples"]
    assert len(examples) == 2
    ids = [e["example_id"] for e in examples]
    r = client.post("/examples/pack", data={"example_id": ids, "csrf_token": token})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert "attachment" in r.headers["content-disposition"]
    zf = zipfile.ZipFile(io.BytesIO(r.content))
    names = set(zf.namelist())
    assert {"index.html", "manifest.json"} <= names
    manifest = json.loads(zf.read("manifest.json"))
    by_kind = {e["kind"]: e for e in manifest["examples"]}
    bad, good = by_kind["bad"], by_kind["good"]
    # padding: 2.5 s - 2 s .. 9 s + 2 s; the whole call for the good one
    assert bad["clip_call_start_s"] == pytest.approx(0.5) and bad["clip_call_end_s"] == pytest.approx(11.0)
    assert good["clip_call_start_s"] == 0 and good["clip_call_end_s"] == pytest.approx(15.0, abs=0.1)
    assert bad["masked"] == {"name": 1, "phone": 1} and bad["beeps"]
    index = zf.read("index.html").decode("utf-8")
    everything = index + json.dumps(manifest, ensure_ascii=False)
    for secret in ("孙丽", "一三八零五七六二二四九", "13812345678"):
        assert secret not in everything
    assert "我叫【姓名】" in index and "手机号【手机号】" in index and "【手机号】,坐席推诿" in index
    # audio: the phone number and the name are beeped (1 kHz) in the clip
    from pipeline.audio import decode

    clip = zf.read(bad["clip"])
    path = settings.cache_dir / "clip.mp3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(clip)
    audio = decode(path)
    assert audio.duration_s == pytest.approx(10.5, abs=0.15)
    for a, b in bad["beeps"]:
        assert dominant_hz(audio, a + 0.05, b - 0.05) == pytest.approx(1000, abs=15)
    assert dominant_hz(audio, 0.1, 1.5) == pytest.approx(300, abs=15)   # untouched audio


def dominant_hz(audio, start_s: float, end_s: float) -> float:
    x = audio.channels[0][int(start_s * audio.sample_rate):int(end_s * audio.sample_rate)]
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / audio.sample_rate)[spectrum.argmax()])


def test_example_times_are_checked(client):
    token = login(client, "trainer")
    r = client.post("/calls/F1/examples?format=json",
                    data={"kind": "bad", "start_s": "10", "end_s": "5", "csrf_token": token})
    assert r.status_code == 400
    r = client.post("/calls/F1/examples?format=json",
                    data={"kind": "bad", "start_s": "abc", "end_s": "5", "csrf_token": token})
    assert r.status_code == 400


def test_deleting_an_example(client):
    token = login(client, "trainer")
    eid = post(client, "/calls/F1/examples", token, kind="good", note="x")["example_id"]
    post(client, f"/examples/{eid}/delete", token)
    assert client.get("/examples.json").json()["examples"] == []


# --------------------------------------------------------------------- audio, JSON twins

def test_audio_supports_range_requests(client):
    login(client, "insp")
    full = client.get("/audio/F1")
    assert full.status_code == 200 and full.headers["accept-ranges"] == "bytes"
    size = len(full.content)
    part = client.get("/audio/F1", headers={"Range": "bytes=1000-1999"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 1000-1999/{size}"
    assert part.content == full.content[1000:2000]
    tail = client.get("/audio/F1", headers={"Range": f"bytes={size - 10}-"})
    assert tail.status_code == 206 and len(tail.content) == 10
    bad = client.get("/audio/F1", headers={"Range": f"bytes={size + 10}-"})
    assert bad.status_code == 416


def test_json_twin_by_suffix_and_by_parameter_match(client):
    login(client, "insp")
    a = client.get("/queue.json").json()
    b = client.get("/queue", params={"format": "json"}).json()
    assert a == b and a["user"]["username"] == "insp"
    html = client.get("/queue").text
    assert 'rel="alternate" type="application/json"' in html


def test_unknown_call_is_404(client):
    login(client, "insp")
    assert client.get("/calls/NOPE").status_code == 404
    assert client.get("/calls/NOPE.json").json()["error"]
    assert client.get("/audio/NOPE").status_code == 404


# --------------------------------------------------------------------- CLI and docs

def test_cli_users_add_passwd_disable(settings):
    from callqa.cli import app as cli

    runner = CliRunner()
    db = str(settings.database)
    r = runner.invoke(cli, ["users", "add", "qc9", "--role", "inspector", "--name", "九号",
                            "--password-stdin", "--db", db], input="first-pass-9\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["users", "add", "qc9", "--role", "inspector", "--password-stdin",
                            "--db", db], input="first-pass-9\n")
    assert r.exit_code == 1 and "exists" in r.output
    r = runner.invoke(cli, ["users", "add", "tl", "--role", "team_lead", "--password-stdin",
                            "--db", db], input="first-pass-9\n")
    assert r.exit_code == 1 and "--team" in r.output
    r = runner.invoke(cli, ["users", "add", "short", "--role", "trainer", "--password-stdin",
                            "--db", db], input="abc\n")
    assert r.exit_code == 2

    app = create_app(settings)
    client = TestClient(app, base_url="http://127.0.0.1")
    page = client.get("/")
    assert client.post("/login", data={"username": "qc9", "password": "first-pass-9",
                                       "csrf_token": csrf_of(page.text)},
                       follow_redirects=False).status_code == 303
    assert client.get("/queue.json").status_code == 200
    app.state.review.warehouse.close()

    r = runner.invoke(cli, ["users", "passwd", "qc9", "--password-stdin", "--db", db],
                      input="second-pass-9\n")
    assert r.exit_code == 0, r.output
    assert client.get("/queue.json").status_code == 401      # the old session ended
    page = client.get("/")
    assert client.post("/login", data={"username": "qc9", "password": "second-pass-9",
                                       "csrf_token": csrf_of(page.text)},
                       follow_redirects=False).status_code == 303
    app.state.review.warehouse.close()

    r = runner.invoke(cli, ["users", "disable", "qc9", "--db", db])
    assert r.exit_code == 0
    assert client.get("/queue.json").status_code == 401
    page = client.get("/")
    assert client.post("/login", data={"username": "qc9", "password": "second-pass-9",
                                       "csrf_token": csrf_of(page.text)}).status_code == 400
    app.state.review.warehouse.close()
    r = runner.invoke(cli, ["users", "list", "--db", db])
    assert "qc9" in r.output and "disabled" in r.output


def test_serve_is_registered_with_loopback_default():
    from callqa.cli import app as cli

    r = CliRunner().invoke(cli, ["serve", "--help"])
    assert r.exit_code == 0 and "--host" in r.output and "--port" in r.output
    from callqa.settings import Settings

    assert Settings().review.host == "127.0.0.1" and Settings().review.port == 8000


def test_g711_recordings_are_served_as_pcm_wav(client, app, settings, data_dir):
    import shutil
    import struct
    from pathlib import Path

    mulaw = Path(settings.recordings_root) / "2026-11-20" / "mulaw.wav"
    shutil.copyfile(data_dir / "fx_mulaw.wav", mulaw)
    assert struct.unpack("<H", mulaw.read_bytes()[20:22])[0] == 7          # μ-law
    with app.state.review.warehouse.write() as con:
        con.execute("UPDATE recordings SET file_path = ?, codec = 'pcm_mulaw' "
                    "WHERE recording_id = 'F3'", [str(mulaw)])
    login(client, "insp")
    r = client.get("/audio/F3")
    assert r.status_code == 200 and r.headers["content-type"] == "audio/wav"
    assert r.content[:4] == b"RIFF" and struct.unpack("<H", r.content[20:22])[0] == 1  # PCM
    cached = list((settings.cache_dir / "audio").glob("*.wav"))
    assert len(cached) == 1
    part = client.get("/audio/F3", headers={"Range": "bytes=44-143"})
    assert part.status_code == 206 and part.content == r.content[44:144]
    assert list((settings.cache_dir / "audio").glob("*.wav")) == cached     # converted once


def test_call_page_can_start_at_a_time(client):
    login(client, "insp")
    assert 'data-start="9.0"' in client.get("/calls/F1", params={"t": "9"}).text
    assert client.get("/calls/F1", params={"t": "00:09", "format": "json"}).json()["start_at"] == 9


def test_screenshots_are_in_docs_and_linked_from_the_readme():
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    readme = (repo / "README.md").read_text(encoding="utf-8")
    for name in ("queue.png", "call.png"):
        png = repo / "docs" / "screenshots" / name
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"docs/screenshots/{name}" in readme
