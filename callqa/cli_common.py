"""What every CLI module shares: settings loaded or a clean exit with the reason."""
from __future__ import annotations

from typing import Optional

import typer

from callqa.settings import Settings, SettingsError, load_settings


def settings_or_exit(config: Optional[str], **overrides: object) -> Settings:
    """The settings for a command, or exit 2 with the configuration problem."""
    try:
        return load_settings(config, overrides)
    except SettingsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
