"""Per-call processing: plain functions over the data model in ``pipeline.model``.

No orchestration and no database here: the nightly flow and ``callqa analyze`` both
call ``pipeline.analyze.Analyzer``.
"""
