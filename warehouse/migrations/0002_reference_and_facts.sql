-- callqa warehouse, schema version 2: reference data and call attribution.
--
-- Reference data (agents, dated team membership, shifts, roster, leave) is imported
-- from CSV by `callqa import …`. Every period is stored twice: as written (local dates
-- and times of the centre) and as an absolute half-open interval [start, end) in
-- TIMESTAMPTZ, computed at import with the `centre_timezone` setting. The views below
-- therefore join on instants and need no time zone, and anything derived from
-- reference data (team, shift, agent_on_leave) is recomputed at every query: leave
-- filed after the fact changes the flags of earlier days without re-running anything.

CREATE TABLE agents (
    agent_id          VARCHAR PRIMARY KEY,
    name              VARCHAR NOT NULL,
    hire_date         DATE,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE team_membership (
    agent_id          VARCHAR NOT NULL,
    team              VARCHAR NOT NULL,
    valid_from        DATE NOT NULL,             -- first day in the team (local)
    valid_to          DATE,                      -- last day (inclusive); NULL = still there
    from_at           TIMESTAMPTZ NOT NULL,      -- valid_from 00:00 centre time
    until_at          TIMESTAMPTZ,               -- the day after valid_to, 00:00 centre time
    PRIMARY KEY (agent_id, valid_from)
);

CREATE TABLE shifts (
    shift             VARCHAR PRIMARY KEY,       -- the name QC staff use: 早班, 晚班 …
    start_time        VARCHAR NOT NULL,          -- as written, 'HH:MM', 24:00 allowed
    end_time          VARCHAR NOT NULL,
    start_min         INTEGER NOT NULL,          -- minutes after the roster day's 00:00
    end_min           INTEGER NOT NULL,          -- > start_min; beyond 1440 = next day
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE roster (
    work_date         DATE NOT NULL,             -- the day the shift belongs to
    agent_id          VARCHAR NOT NULL,
    shift             VARCHAR NOT NULL,
    start_at          TIMESTAMPTZ NOT NULL,      -- work_date + start_min, centre time
    end_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (work_date, agent_id, shift)
);

CREATE TABLE leave_periods (
    agent_id          VARCHAR NOT NULL,
    leave_type        VARCHAR NOT NULL,          -- 事假 病假 年假 婚假 产假 陪产假 丧假 培训假 出差假
    starts            VARCHAR NOT NULL,          -- as written: a date or a local date-time
    ends              VARCHAR NOT NULL,
    start_at          TIMESTAMPTZ NOT NULL,
    end_at            TIMESTAMPTZ NOT NULL,      -- exclusive (a date means the whole day)
    note              VARCHAR,
    filed_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (agent_id, leave_type, start_at, end_at)
);

-- Report runs keep their week and output files here (nightly runs leave it NULL).
ALTER TABLE runs ADD COLUMN details JSON;

-- The recordings of the days d0..d1 with their team, shift and leave as of each
-- call's start time. The dated membership wins over the team in the call metadata;
-- without membership for that moment the metadata team is used. An agent's
-- membership periods never overlap, nor do their roster periods (the importer, their
-- only writer, rejects overlaps), so the two LEFT range joins find at most one row each
-- and need no de-duplication. Leave periods may overlap, hence the aggregate. Macros
-- rather than views so the date range applies before the joins (a report must not
-- scan all history).
CREATE MACRO recordings_attributed_between(d0, d1) AS TABLE
WITH rec AS (
    SELECT * FROM recordings WHERE call_date BETWEEN d0 AND d1
), on_leave AS (
    SELECT r.recording_id,
           string_agg(DISTINCT l.leave_type, '、') AS leave_type,
           string_agg(DISTINCT l.starts || '~' || l.ends, '、') AS leave_span
    FROM rec r
    JOIN leave_periods l ON l.agent_id = r.agent_id
     AND r.started_at >= l.start_at AND r.started_at < l.end_at
    GROUP BY r.recording_id
)
SELECT r.* EXCLUDE (team),
       r.team AS metadata_team,
       coalesce(m.team, r.team) AS team,
       CASE WHEN m.team IS NOT NULL THEN 'membership'
            WHEN r.team IS NOT NULL THEN 'metadata' END AS team_source,
       s.shift,
       s.work_date AS shift_date,
       l.leave_type IS NOT NULL AS on_leave,
       l.leave_type,
       l.leave_span
FROM rec r
LEFT JOIN team_membership m ON m.agent_id = r.agent_id
 AND r.started_at >= m.from_at AND (m.until_at IS NULL OR r.started_at < m.until_at)
LEFT JOIN roster s ON s.agent_id = r.agent_id
 AND r.started_at >= s.start_at AND r.started_at < s.end_at
LEFT JOIN on_leave l ON l.recording_id = r.recording_id;

CREATE MACRO call_attribution_between(d0, d1) AS TABLE
SELECT recording_id, team, team_source, shift, shift_date, on_leave, leave_type, leave_span
FROM recordings_attributed_between(d0, d1);

-- Every stored result of the days d0..d1 (all rulebook versions) with its attribution.
CREATE MACRO call_facts_all_between(d0, d1) AS TABLE
SELECT c.recording_id, r.call_id, c.call_date, r.started_at, r.agent_id,
       coalesce(g.name, r.agent_name) AS agent_name, g.hire_date,
       r.team, r.team_source, r.shift, r.shift_date, r.on_leave, r.leave_type, r.leave_span,
       c.rulebook_id, c.rulebook_version, c.status, c.score, c.grade, c.critical_failed,
       c.n_hits, r.duration_s, r.file_name, c.scored_at
FROM call_results c
JOIN recordings_attributed_between(d0, d1) r USING (recording_id)
LEFT JOIN agents g ON g.agent_id = r.agent_id
WHERE c.call_date BETWEEN d0 AND d1;

-- One row per recording: the newest rulebook version (numeric comparison of up to
-- three dot-separated parts, then the latest scoring). What reports use by default.
CREATE MACRO call_facts_between(d0, d1) AS TABLE
SELECT * FROM call_facts_all_between(d0, d1)
QUALIFY row_number() OVER (
    PARTITION BY recording_id
    ORDER BY try_cast(split_part(rulebook_version, '.', 1) AS INTEGER) DESC NULLS LAST,
             try_cast(split_part(rulebook_version, '.', 2) AS INTEGER) DESC NULLS LAST,
             try_cast(split_part(rulebook_version, '.', 3) AS INTEGER) DESC NULLS LAST,
             rulebook_version DESC, scored_at DESC) = 1;

-- The same over all days, for ad-hoc queries, BI tools and the review UI.
CREATE VIEW call_attribution AS
SELECT * FROM call_attribution_between(DATE '0001-01-01', DATE '9999-12-31');

CREATE VIEW call_facts AS
SELECT * FROM call_facts_between(DATE '0001-01-01', DATE '9999-12-31');

-- Derived QC flags (not deductions: they never change a call's score).
CREATE VIEW call_flags AS
SELECT recording_id, 'agent_on_leave' AS category, 'metadata' AS method,
       '坐席当天请假(' || leave_type || ' ' || leave_span || '),通话仍记在其工号下' AS evidence
FROM call_attribution
WHERE on_leave;
