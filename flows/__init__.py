"""Prefect flows and schedules. Thin: they call pipeline/ and warehouse/."""
