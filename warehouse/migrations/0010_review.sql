-- callqa warehouse, schema version 10: the review workbench (callqa serve).
--
-- The machine's results (call_results, hits, score_items) are never changed here.
-- Everything people decide lives beside them, keyed by the same
-- (recording_id, rulebook_id, rulebook_version[, hit idx]):
--   finding_verdicts  the current verdict on each finding (confirmed / rejected)
--   manual_scores     the inspector's points for N/A scorecard items
--   call_reviews      the reviewed score recomputed from the two above
--   appeals           a team lead's appeal of a finding and the inspector's ruling
--   audit_log         append-only history of every change (who, when, before, after)
--   review_examples   trainers' good / bad examples for the 录音分享会
--   search_docs/terms the transcript search index (jieba words + folded pinyin)

CREATE TABLE review_users (
    username          VARCHAR PRIMARY KEY,
    display_name      VARCHAR,
    role              VARCHAR NOT NULL,          -- inspector | trainer | team_lead | admin
    teams             JSON,                      -- team_lead: the teams they may see
    password_hash     VARCHAR NOT NULL,          -- scrypt$n$r$p$salt$hash
    active            BOOLEAN NOT NULL,
    session_epoch     INTEGER NOT NULL,          -- bumped by passwd/disable: old sessions end
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

-- Current verdict per finding. rule_id/start_s repeat the finding's identity: a
-- re-run that renumbers hits leaves verdicts that no longer match, which are ignored.
CREATE TABLE finding_verdicts (
    recording_id      VARCHAR NOT NULL,
    rulebook_id       VARCHAR NOT NULL,
    rulebook_version  VARCHAR NOT NULL,
    hit_idx           INTEGER NOT NULL,
    rule_id           VARCHAR NOT NULL,
    start_s           DOUBLE,
    verdict           VARCHAR NOT NULL,          -- confirmed | rejected
    comment           VARCHAR,
    source            VARCHAR NOT NULL,          -- review | appeal
    decided_by        VARCHAR NOT NULL,
    decided_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (recording_id, rulebook_id, rulebook_version, hit_idx)
);

CREATE TABLE manual_scores (
    recording_id      VARCHAR NOT NULL,
    rulebook_id       VARCHAR NOT NULL,
    rulebook_version  VARCHAR NOT NULL,
    item_id           VARCHAR NOT NULL,
    earned            DOUBLE NOT NULL,
    comment           VARCHAR,
    scored_by         VARCHAR NOT NULL,
    scored_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (recording_id, rulebook_id, rulebook_version, item_id)
);

CREATE TABLE call_reviews (
    recording_id      VARCHAR NOT NULL,
    rulebook_id       VARCHAR NOT NULL,
    rulebook_version  VARCHAR NOT NULL,
    reviewed_score    DOUBLE,
    reviewed_grade    VARCHAR,
    critical_failed   BOOLEAN,
    n_findings        INTEGER NOT NULL,
    n_confirmed       INTEGER NOT NULL,
    n_rejected        INTEGER NOT NULL,
    status            VARCHAR NOT NULL,          -- in_progress | done (every finding ruled)
    updated_by        VARCHAR NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (recording_id, rulebook_id, rulebook_version)
);

CREATE SEQUENCE appeal_ids START 1;
CREATE TABLE appeals (
    appeal_id         INTEGER PRIMARY KEY DEFAULT nextval('appeal_ids'),
    recording_id      VARCHAR NOT NULL,
    rulebook_id       VARCHAR NOT NULL,
    rulebook_version  VARCHAR NOT NULL,
    hit_idx           INTEGER NOT NULL,
    rule_id           VARCHAR NOT NULL,
    agent_id          VARCHAR,
    team              VARCHAR,
    reason            VARCHAR NOT NULL,
    filed_by          VARCHAR NOT NULL,
    filed_at          TIMESTAMPTZ NOT NULL,
    status            VARCHAR NOT NULL,          -- open | upheld | overturned
    ruling_comment    VARCHAR,
    ruled_by          VARCHAR,
    ruled_at          TIMESTAMPTZ
);

CREATE SEQUENCE audit_ids START 1;
CREATE TABLE audit_log (
    audit_id          BIGINT PRIMARY KEY DEFAULT nextval('audit_ids'),
    logged_at         TIMESTAMPTZ NOT NULL,
    actor             VARCHAR NOT NULL,
    action            VARCHAR NOT NULL,          -- verdict.set, appeal.file, appeal.rule …
    recording_id      VARCHAR,
    target            VARCHAR,                   -- e.g. hit:3, item:skills.1, appeal:7
    before            JSON,
    after             JSON
);

CREATE SEQUENCE example_ids START 1;
CREATE TABLE review_examples (
    example_id        INTEGER PRIMARY KEY DEFAULT nextval('example_ids'),
    recording_id      VARCHAR NOT NULL,
    start_s           DOUBLE,                    -- NULL = the whole call
    end_s             DOUBLE,
    kind              VARCHAR NOT NULL,          -- good | bad
    note              VARCHAR,
    created_by        VARCHAR NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    deleted_at        TIMESTAMPTZ
);

-- Transcript search. DuckDB's fts extension must be downloaded at first use (and
-- has no build for every DuckDB release), so the index is kept in plain tables:
-- one row per utterance with its jieba words and folded pinyin syllables, and a
-- posting list (term -> utterance) for both.
CREATE TABLE search_docs (
    doc_id            INTEGER PRIMARY KEY,          -- assigned by the (single) index writer
    recording_id      VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    text              VARCHAR NOT NULL,
    words             VARCHAR NOT NULL,          -- jieba (search mode), space separated
    syllables         VARCHAR NOT NULL,          -- folded toneless pinyin, space separated
    n_words           INTEGER NOT NULL
);
CREATE TABLE search_terms (
    term              VARCHAR NOT NULL,          -- w:<word> or p:<syllable>
    doc_id            INTEGER NOT NULL,
    tf                INTEGER NOT NULL
);
-- No ART index on the search tables: DuckDB answers `term IN (…)` faster by scanning
-- (measured: 0.3 s vs 1.8 s on 4 M postings) and bulk inserts stay cheap.
CREATE INDEX appeals_call ON appeals (recording_id);
CREATE INDEX audit_call ON audit_log (recording_id);

-- The result each page shows: the newest scoring of each recording.
CREATE VIEW review_results AS
SELECT * FROM call_results
QUALIFY row_number() OVER (PARTITION BY recording_id ORDER BY scored_at DESC,
                                                                rulebook_version DESC) = 1;
