-- callqa warehouse, schema version 1.
-- Everything a report or the review UI needs is recoverable from here alone:
-- which file, which agent, when, what was said, where in the audio.

CREATE TABLE runs (
    run_id            VARCHAR PRIMARY KEY,
    kind              VARCHAR NOT NULL,          -- nightly | analyze | report
    call_date         DATE,
    started_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ,
    status            VARCHAR NOT NULL,          -- running | ok | partial | crashed
    rulebook_id       VARCHAR,
    rulebook_version  VARCHAR,
    asr_model         VARCHAR,
    settings          JSON,
    n_discovered      INTEGER,
    n_sampled         INTEGER,
    n_ok              INTEGER,
    n_failed          INTEGER,
    n_asr_unreliable  INTEGER,
    n_too_short       INTEGER,
    n_flagged         INTEGER,
    flow_run_id       VARCHAR,
    message           VARCHAR
);

CREATE TABLE recordings (
    recording_id      VARCHAR PRIMARY KEY,
    call_date         DATE,
    file_path         VARCHAR NOT NULL,
    file_name         VARCHAR NOT NULL,
    audio_sha256      VARCHAR,
    call_id           VARCHAR,
    agent_id          VARCHAR,
    agent_name        VARCHAR,
    team              VARCHAR,
    started_at        TIMESTAMPTZ,
    direction         VARCHAR,
    hangup_by         VARCHAR,
    layout_declared   VARCHAR,                   -- from metadata / defaults
    channel_layout    VARCHAR,                   -- what was used (fake stereo -> mono)
    duration_s        DOUBLE,
    codec             VARCHAR,
    extra             JSON,
    last_run_id       VARCHAR,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE transcripts (
    recording_id      VARCHAR PRIMARY KEY,
    audio_sha256      VARCHAR,
    asr_model         VARCHAR,
    asr_options       JSON,
    notes             JSON,                      -- e.g. fake stereo detected
    dropped           JSON,                      -- texts removed as hallucinations
    diarization       JSON,                      -- mono calls: method, confidence, applied
    acoustics         JSON,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE utterances (
    recording_id      VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    role              VARCHAR NOT NULL,
    channel           INTEGER,
    start_s           DOUBLE NOT NULL,
    end_s             DOUBLE NOT NULL,
    text              VARCHAR NOT NULL,
    avg_logprob       DOUBLE,
    no_speech_prob    DOUBLE,
    words             JSON,
    PRIMARY KEY (recording_id, idx)
);

CREATE TABLE call_results (
    recording_id      VARCHAR NOT NULL,
    rulebook_id       VARCHAR NOT NULL,
    rulebook_version  VARCHAR NOT NULL,
    call_date         DATE,
    run_id            VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,          -- ok | failed | asr_unreliable | too_short
    error             VARCHAR,
    score             DOUBLE,
    grade             VARCHAR,
    critical_failed   BOOLEAN,
    n_hits            INTEGER NOT NULL,
    timings           JSON,
    scored_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (recording_id, rulebook_id, rulebook_version)
);

CREATE TABLE hits (
    recording_id      VARCHAR NOT NULL,
    rulebook_id       VARCHAR NOT NULL,
    rulebook_version  VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    rule_id           VARCHAR NOT NULL,
    category          VARCHAR NOT NULL,
    severity          VARCHAR NOT NULL,
    role              VARCHAR NOT NULL,
    start_s           DOUBLE,
    end_s             DOUBLE,
    evidence          VARCHAR,
    method            VARCHAR NOT NULL,
    confidence        DOUBLE,
    PRIMARY KEY (recording_id, rulebook_id, rulebook_version, idx)
);

CREATE TABLE score_items (
    recording_id      VARCHAR NOT NULL,
    rulebook_id       VARCHAR NOT NULL,
    rulebook_version  VARCHAR NOT NULL,
    item_id           VARCHAR NOT NULL,
    section           VARCHAR,
    name              VARCHAR,
    weight            DOUBLE,
    earned            DOUBLE,                    -- NULL = N/A (inspector scores it)
    status            VARCHAR NOT NULL,
    rule_ids          JSON,
    PRIMARY KEY (recording_id, rulebook_id, rulebook_version, item_id)
);

CREATE INDEX call_results_date ON call_results (call_date);
CREATE INDEX hits_category ON hits (category);
