-- callqa warehouse, schema version 11: the transcript search tables without ART indexes.
-- DuckDB answers `term IN (…)` over the posting list faster by scanning (0.3 s vs 1.8 s
-- on 4 M postings) and bulk inserts stay cheap. Early development copies of 0010 created
-- these indexes; 0010 no longer does.
DROP INDEX IF EXISTS search_terms_term;
DROP INDEX IF EXISTS search_docs_utt;
