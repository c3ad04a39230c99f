"""``python -m dastra_codegen diff OLD NEW [--json PATH] [--markdown PATH]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

from dastra_codegen.changes.compare import check_document, compare


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m dastra_codegen diff", description="Report API changes between two specs."
    )
    parser.add_argument("old", type=Path, help="the older OpenAPI 3 document (JSON)")
    parser.add_argument("new", type=Path, help="the newer OpenAPI 3 document (JSON)")
    parser.add_argument("--json", type=Path, default=None, help="also write the report as JSON here")
    parser.add_argument("--markdown", type=Path, default=None, help="also write the Markdown report here")
    return parser


def load_document(path: Path) -> Any:
    """Read and check one document; :class:`ValueError` with a one-line message on bad input."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else type(error).__name__
        raise ValueError(f"cannot read {path}: {reason}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"{path} is not valid JSON ({error.msg}, line {error.lineno})") from None
    check_document(document, str(path))
    return document


def main(argv: list[str]) -> int:
    """Print the Markdown report, then the summary line; 0 even with breaking changes, 2 on bad input."""
    try:
        args = _parser().parse_args(argv)
        old, new = load_document(args.old), load_document(args.new)
        report = compare(old, new)
        markdown = report.to_markdown(f"Changes from {args.old.name} to {args.new.name}")
        if args.json is not None:
            _write(args.json, json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n")
        if args.markdown is not None:
            _write(args.markdown, markdown)
    except (_UsageError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(markdown)
    print()
    print(report.summary_line())
    return 0


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ValueError(f"cannot write {path}: {error.strerror or type(error).__name__}") from None
