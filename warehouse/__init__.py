"""The DuckDB warehouse: schema and migrations, writes, queries, reports."""
