"""``callqa models train|info``: rebuild and inspect the semantic and speaker-role models."""
from __future__ import annotations

import json

import typer


def _train(check: bool = typer.Option(False, "--check", help="Train in memory and compare "
                                      "with the stored metadata instead of writing "
                                      "(exit 1 if they differ).")) -> None:
    """Rebuild the semantic and speaker-role models from models/data/ (deterministic)
    and print their cross-validated figures."""
    import tempfile
    from pathlib import Path

    from models import speaker_role
    from models.semantic import TRAINED_DIR, cv_table, read_metadata, train_and_save

    if check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = train_and_save(Path(tmp))
            fresh_roles = speaker_role.train_and_save(Path(tmp))
        try:
            stored = read_metadata()
            stored_roles = speaker_role.read_role_metadata()
        except Exception as exc:  # noqa: BLE001 - report and fail
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1)
        typer.echo(cv_table(fresh))
        typer.echo(_roles_line(fresh_roles))
        if fresh != stored or fresh_roles != stored_roles:
            typer.echo(f"error: {TRAINED_DIR} differs from a fresh training; run "
                       "'callqa models train'", err=True)
            raise typer.Exit(1)
        typer.echo(f"{TRAINED_DIR}: matches a fresh training")
        return
    meta = train_and_save()
    typer.echo(cv_table(meta))
    typer.echo(f"\ncross-validated accuracy {meta['cv']['accuracy']:.2f} "
               f"({meta['cv']['method']})")
    typer.echo(_roles_line(speaker_role.train_and_save()))
    typer.echo(f"training data sha256 {meta['training_data_sha256']}")
    typer.echo(f"stored in {TRAINED_DIR} (version {meta['version']}, scikit-learn "
               f"{meta['sklearn_version']})")


def _roles_line(meta: dict) -> str:
    cv = meta["cv"]
    return (f"speaker-role model {meta['version']}: cross-validated accuracy {cv['accuracy']:.2f}, "
            f"agent P/R {cv['agent']['precision']:.2f}/{cv['agent']['recall']:.2f} "
            f"({cv['agent']['examples']} examples), customer P/R "
            f"{cv['customer']['precision']:.2f}/{cv['customer']['recall']:.2f} "
            f"({cv['customer']['examples']})")


def _info(as_json: bool = typer.Option(False, "--json", help="Print the raw metadata.")) -> None:
    """Print the stored semantic model's metadata and whether it is stale."""
    from models.semantic import SemanticModelError, stale_reasons, cv_table, read_metadata
    from models import speaker_role
    from models.semantic_data import DATA_DIR

    try:
        meta = read_metadata()
        roles_meta = speaker_role.read_role_metadata()
    except SemanticModelError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True))
        return
    typer.echo(f"{meta['model']} {meta['version']} (features {meta['features_version']}, "
               f"scikit-learn {meta['sklearn_version']})")
    typer.echo(f"training data sha256 {meta['training_data_sha256']}")
    typer.echo(f"classes: {', '.join(meta['classes'])}")
    typer.echo(cv_table(meta))
    typer.echo(_roles_line(roles_meta))
    stale = stale_reasons(meta, DATA_DIR) + speaker_role.stale_reasons(roles_meta)
    for reason in stale:
        typer.echo(f"STALE: {reason}", err=True)
    if not stale:
        typer.echo("up to date with models/data/")


def register(app: typer.Typer) -> None:
    """Add ``train`` and ``info`` to the existing ``callqa models`` group."""
    from callqa.cli import models_app

    models_app.command("train")(_train)
    models_app.command("info")(_info)
