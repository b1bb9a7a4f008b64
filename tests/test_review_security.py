"""Security of the review workbench: login everywhere, roles, team isolation, CSRF,
escaping, recordings-root confinement, sessions, passwords."""
from __future__ import annotations

import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from review.app import create_app, iter_routes
from review.auth import SessionCodec, Session, hash_password, verify_password
from review.testing import USERS, settings_for
from tests.review_fixtures import app, client, csrf_of, settings, template  # noqa: F401
from review.views.audio import resolve_recording

REPO = Path(__file__).resolve().parent.parent
PARAMS = {"recording_id": "F1", "idx": "0", "item_id": "skills.1", "appeal_id": "1",
          "example_id": "1"}
PUBLIC = {("GET", "/"), ("GET", "/login"), ("POST", "/login"), ("POST", "/logout")}




def login(client: TestClient, username: str, next_url: str = "") -> str:
    page = client.get("/")
    r = client.post("/login", data={"username": username, "password": USERS[username][2],
                                    "csrf_token": csrf_of(page.text), "next": next_url},
                    follow_redirects=False)
    assert r.status_code == 303
    return csrf_of(client.get(r.headers["location"]).text)


def routes(app, method: str) -> list[str]:
    out = []
    for r in iter_routes(app):
        if method in r.methods and (method, r.path) not in PUBLIC:
            out.append(r.path.format(**PARAMS))
    return out


# --------------------------------------------------------------------- login required

def test_no_page_without_login(app, client):
    paths = routes(app, "GET")
    assert "/queue" in paths and "/audio/F1" in paths and len(paths) == 8
    for path in paths:
        r = client.get(path, follow_redirects=False)
        if path.startswith("/audio/"):
            assert r.status_code == 401, path
        else:
            assert r.status_code == 303, path
            assert r.headers["location"].startswith("/login?next="), path
        j = client.get(path, params={"format": "json"}, follow_redirects=False)
        assert j.status_code == 401, path
        assert client.get(path + ".json", follow_redirects=False).status_code == 401, path


def test_no_audio_without_login_even_with_a_range(client):
    r = client.get("/audio/F1", headers={"Range": "bytes=0-100"})
    assert r.status_code == 401 and b"RIFF" not in r.content


def test_no_action_without_login(app, client):
    token = csrf_of(client.get("/").text)       # a valid anonymous token: login is what fails
    for path in routes(app, "POST"):
        r = client.post(path, data={"csrf_token": token, "verdict": "rejected", "reason": "x",
                                    "ruling": "overturned", "kind": "good", "example_id": "1"},
                        follow_redirects=False)
        assert r.status_code == 401, path


def test_every_route_names_the_permission_it_needs(app):
    for r in iter_routes(app):
        if not any((m, r.path) in PUBLIC for m in r.methods):
            names = [d.call.__name__ for d in r.dependant.dependencies]
            assert any(n.startswith("require_") for n in names), r.path


# --------------------------------------------------------------------- roles

@pytest.mark.parametrize("method, path", [
    ("POST", "/calls/F1/findings/0/verdict"),
    ("POST", "/calls/F1/items/skills.1/score"),
    ("POST", "/appeals/1/ruling"),
    ("POST", "/calls/F1/findings/0/appeal"),
    ("GET", "/queue"),
    ("GET", "/audit"),
])
def test_trainer_cannot_change_verdicts_or_use_inspector_pages(client, method, path):
    token = login(client, "trainer")
    if method == "POST":
        r = client.post(path, data={"csrf_token": token, "verdict": "rejected", "earned": "1",
                                    "ruling": "overturned", "reason": "x"})
    else:
        r = client.get(path)
    assert r.status_code == 403
    call = client.get("/calls/F1.json").json()          # trainers may read the call …
    assert not any(f["can_verdict"] or f["can_rule"] or f["can_appeal"]
                   for f in call["findings"])           # … but get no buttons
    assert "verdict-form" not in client.get("/calls/F1").text


def test_team_lead_cannot_verdict_and_inspector_cannot_export(client):
    token = login(client, "lead1")
    assert client.post("/calls/F1/findings/0/verdict",
                       data={"csrf_token": token, "verdict": "rejected"}).status_code == 403
    client.cookies.clear()
    token = login(client, "insp")
    assert client.post("/examples/pack", data={"csrf_token": token,
                                               "example_id": "1"}).status_code == 403
    assert client.post("/calls/F1/examples", data={"csrf_token": token,
                                                   "kind": "good"}).status_code == 403


def test_team_lead_sees_only_their_team(client):
    token = login(client, "lead1")                       # 一组: F1, F3
    queue = client.get("/queue", params={"status": "all", "format": "json"}).json()
    assert {r["recording_id"] for r in queue["rows"]} == {"F1"}
    assert queue["options"]["teams"] == ["一组"]
    assert {a["agent_id"] for a in queue["options"]["agents"]} == {"A01", "A03"}
    assert client.get("/queue", params={"team": "二组", "format": "json"}).json()["rows"] == []
    for path in ("/calls/F2", "/calls/F2.json", "/audio/F2", "/calls/F4"):
        assert client.get(path).status_code == 403, path
    assert client.get("/calls/F1").status_code == 200 and client.get("/audio/F1").status_code == 200
    r = client.post("/calls/F2/findings/0/appeal", data={"csrf_token": token, "reason": "x"})
    assert r.status_code == 403
    found = client.get("/search", params={"q": "您好", "format": "json"}).json()["results"]
    assert found and {r["recording_id"] for r in found} <= {"F1", "F3"}
    # appeals of other teams stay invisible
    client.cookies.clear()
    token2 = login(client, "lead2")
    client.post("/calls/F2/findings/0/appeal", data={"csrf_token": token2, "reason": "二组申诉"})
    assert len(client.get("/appeals.json").json()["appeals"]) == 1
    client.cookies.clear()
    login(client, "lead1")
    assert client.get("/appeals.json").json()["appeals"] == []


# --------------------------------------------------------------------- CSRF

def test_csrf_token_required_on_every_form(app, client):
    token = login(client, "admin")
    other = TestClient(app, base_url="http://127.0.0.1")
    foreign = csrf_of(other.get("/").text)               # a token of another session
    for path in routes(app, "POST") + ["/logout"]:
        for data in ({}, {"csrf_token": ""}, {"csrf_token": "forged"},
                     {"csrf_token": foreign}):
            r = client.post(path, data={**data, "verdict": "rejected", "reason": "x",
                                        "ruling": "overturned", "kind": "good",
                                        "example_id": "1"}, follow_redirects=False)
            assert r.status_code == 403, (path, data)
            assert "CSRF" in r.text
    assert client.get("/queue.json").status_code == 200   # still logged in: logout refused
    assert token


def test_login_form_needs_its_csrf_token(client):
    client.get("/")
    r = client.post("/login", data={"username": "insp", "password": USERS["insp"][2]})
    assert r.status_code == 403
    assert client.get("/queue.json").status_code == 401


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"method": (a.get("method") or "get").lower(),
                               "action": a.get("action"), "csrf": False})
        elif tag == "input" and a.get("name") == "csrf_token" and self.forms:
            self.forms[-1]["csrf"] = bool(a.get("value"))


def test_every_post_form_on_every_page_carries_the_token(app, client):
    token = login(client, "lead1")
    client.post("/calls/F1/findings/1/appeal", data={"csrf_token": token, "reason": "申诉"})
    client.cookies.clear()
    token = login(client, "admin")
    client.post("/calls/F1/examples", data={"csrf_token": token, "kind": "bad", "note": "n"})
    checked = 0
    for path in routes(app, "GET"):
        if path.startswith("/audio/"):
            continue
        r = client.get(path)
        assert r.status_code in (200, 404), path
        parser = _Forms()
        parser.feed(r.text)
        for form in parser.forms:
            if form["method"] == "post":
                assert form["csrf"], (path, form)
                checked += 1
    assert checked >= 10


# --------------------------------------------------------------------- escaping

def test_transcript_and_metadata_are_escaped(client):
    token = login(client, "admin")
    client.post("/calls/F4/examples", data={"csrf_token": token, "kind": "bad",
                                            "note": "<script>alert(3)</script>"})
    client.post("/calls/F4/findings/0/appeal", data={"csrf_token": token,
                                                      "reason": "<script>alert(4)</script>"})
    pages = {
        "/calls/F4": ["&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                      "刘洋&lt;b&gt;", "双方静音4.0秒&lt;i&gt;"],
        "/queue": ["刘洋&lt;b&gt;"],
        "/search?q=投诉": ["&lt;img src=x onerror=alert(2)&gt;"],
        "/examples": ["&lt;script&gt;alert(3)&lt;/script&gt;"],
        "/appeals": ["&lt;script&gt;alert(4)&lt;/script&gt;"],
        "/audit": ["&lt;script&gt;alert(4)&lt;/script&gt;"],
    }
    for path, escaped in pages.items():
        html = client.get(path).text
        for text in escaped:
            assert text in html, (path, text)
        for raw in ("<script>alert", "<img src=x", "刘洋<b>", "<i>"):
            assert raw not in html, (path, raw)
        # the only scripts are our own static file (CSP forbids inline scripts)
        for tag in re.findall(r"<script[^>]*>", html):
            assert 'src="/static/app.js"' in tag, (path, tag)


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["cache-control"] == "no-store"


# --------------------------------------------------------------------- recordings root

def _point_f3_at(app, path: str) -> None:
    with app.state.review.warehouse.write() as con:
        con.execute("UPDATE recordings SET file_path = ? WHERE recording_id = 'F3'", [path])


def test_audio_paths_cannot_escape_the_recordings_root(app, client, settings, tmp_path):
    login(client, "insp")
    root = Path(settings.recordings_root)
    assert client.get("/audio/F3").status_code == 200
    outside = tmp_path / "secret.wav"
    outside.write_bytes((root / "2026-11-20" / "F3.wav").read_bytes())
    sibling = root.parent / (root.name + "-evil")       # same prefix, other folder
    sibling.mkdir(exist_ok=True)
    (sibling / "x.wav").write_bytes(outside.read_bytes())
    link = root / "2026-11-20" / "link.wav"
    if not link.exists():
        link.symlink_to(outside)
    rel_up = os.path.relpath(outside, Path.cwd())
    attempts = [
        str(root / "2026-11-20" / ".." / ".." / ".." / outside.parent.name / "secret.wav"),
        str(root / ".." / "var" / "callqa.duckdb"),
        str(outside), "/etc/passwd", rel_up, "../../../../../../etc/passwd",
        str(sibling / "x.wav"), str(link), str(root), str(root / "2026-11-20"), "",
        "/dev/zero",
    ]
    for path in attempts:
        _point_f3_at(app, path)
        r = client.get("/audio/F3")
        assert r.status_code == 404, path
        assert b"RIFF" not in r.content and b"root:" not in r.content
    token = csrf_of(client.get("/queue").text)
    client.cookies.clear()
    token = login(client, "trainer")
    eid = client.post("/calls/F3/examples?format=json",
                      data={"csrf_token": token, "kind": "good"}).json()["example_id"]
    r = client.post("/examples/pack", data={"csrf_token": token, "example_id": str(eid)})
    assert r.status_code == 404 and "录音目录" in r.text


def test_resolve_recording_unit(tmp_path):
    root = tmp_path / "rec"
    (root / "d").mkdir(parents=True)
    f = root / "d" / "a.wav"
    f.write_bytes(b"RIFF")
    assert resolve_recording(str(f), root) == f.resolve()
    assert resolve_recording(str(root / "d" / ".." / "d" / "a.wav"), root) == f.resolve()
    assert resolve_recording(str(root / ".." / "rec" / "d" / "a.wav"), root) == f.resolve()
    assert resolve_recording(str(tmp_path / "rec2" / "a.wav"), root) is None
    assert resolve_recording("a\x00b", root) is None
    assert resolve_recording(None, root) is None


# --------------------------------------------------------------------- sessions, passwords

def test_session_cookie_is_httponly_samesite_and_signed(app, client):
    page = client.get("/")
    r = client.post("/login", data={"username": "insp", "password": USERS["insp"][2],
                                    "csrf_token": csrf_of(page.text)}, follow_redirects=False)
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    value = client.cookies.get("callqa_session")
    assert client.get("/queue.json").status_code == 200
    client.cookies.clear()
    client.cookies.set("callqa_session", value[:-3] + ("AAA" if not value.endswith("AAA")
                                                        else "BBB"))
    assert client.get("/queue.json").status_code == 401
    forged = SessionCodec("x" * 64, 3600).dumps(Session("admin", 0))
    client.cookies.clear()
    client.cookies.set("callqa_session", forged)
    assert client.get("/queue.json").status_code == 401


def test_sessions_expire(template, tmp_path):
    import time

    # 3 s, not 1: session stamps are whole seconds, so a 1 s session can lapse between
    # a slow login (scrypt) and the next request on a busy machine
    s = settings_for(template, tmp_path, session_hours=3 / 3600)
    app = create_app(s)
    client = TestClient(app, base_url="http://127.0.0.1")
    login(client, "insp")
    assert client.get("/queue.json").status_code == 200
    time.sleep(4.5)
    assert client.get("/queue.json").status_code == 401
    app.state.review.warehouse.close()


def test_secret_is_created_once_with_mode_0600(settings, app):
    path = settings.review_secret_path
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = path.read_text()
    create_app(settings).state.review.warehouse.close()
    assert path.read_text() == before


def test_passwords_are_hashed_with_scrypt_and_a_salt_per_user(app):
    with app.state.review.warehouse.read() as con:
        hashes = dict(con.execute("SELECT username, password_hash FROM review_users").fetchall())
    assert all(h.startswith("scrypt$32768$8$1$") for h in hashes.values())
    assert len({h.split("$")[4] for h in hashes.values()}) == len(hashes)   # distinct salts
    assert all(USERS[u][2] not in h for u, h in hashes.items())
    a, b = hash_password("same-password"), hash_password("same-password")
    assert a != b and verify_password("same-password", a) and not verify_password("same-passwore", a)


@pytest.mark.parametrize("next_url, expected", [
    ("/calls/F1", "/calls/F1"), ("//evil.example/x", "/queue"),
    ("https://evil.example/", "/queue"), ("/\\evil.example", "/queue"), ("", "/queue"),
])
def test_login_redirects_only_to_local_pages(client, next_url, expected):
    page = client.get("/")
    r = client.post("/login", data={"username": "insp", "password": USERS["insp"][2],
                                    "csrf_token": csrf_of(page.text), "next": next_url},
                    follow_redirects=False)
    assert r.headers["location"] == expected


def test_audit_log_is_append_only_in_code():
    sources = list((REPO / "review").rglob("*.py")) + list((REPO / "warehouse").glob("*.py"))
    for path in sources:
        text = path.read_text(encoding="utf-8").lower()
        assert not re.search(r"(update|delete\s+from)\s+audit_log", text), path
