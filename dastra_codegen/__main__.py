"""Command line of the spec pipeline: ``python -m dastra_codegen {update-spec,generate,diff,regenerate} ...``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dastra_codegen import paths
from dastra_codegen.fetch import DEFAULT_URL, FetchOptions, SpecError, fetch_url, read_file
from dastra_codegen.overlay import OverlayError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dastra_codegen")
    commands = parser.add_subparsers(dest="command", required=True)

    update = commands.add_parser("update-spec", help="download or read the spec, normalize and pin it")
    source = update.add_mutually_exclusive_group()
    source.add_argument("--url", default=None, help=f"spec URL (default {DEFAULT_URL})")
    source.add_argument("--file", type=Path, default=None, help="read the spec from a local file")
    update.add_argument("--timeout", type=float, default=30.0, help="seconds per download attempt")
    update.add_argument("--retries", type=int, default=2, help="download retries on timeouts and 5xx")
    update.add_argument("--backoff", type=float, default=1.0, help="seconds before the first retry (doubles)")
    update.add_argument("--openapi-dir", type=Path, default=paths.OPENAPI_DIR, help=argparse.SUPPRESS)

    generate = commands.add_parser("generate", help="regenerate generated/ from the pinned snapshot")
    generate.add_argument("--check", action="store_true", help="fail if generated/ differs; write nothing")
    generate.add_argument(
        "--no-typecheck",
        action="store_true",
        help="skip the gate's mypy --strict check (the run says so); imports and answers are still checked",
    )
    generate.add_argument(
        "--no-cache",
        action="store_true",
        help="run every stage, even the ones an earlier run with the very same inputs did (stage_cache.py)",
    )
    generate.add_argument("--openapi-dir", type=Path, default=paths.OPENAPI_DIR, help=argparse.SUPPRESS)
    generate.add_argument("--output", type=Path, default=paths.GENERATED_DIR, help=argparse.SUPPRESS)

    commands.add_parser("diff", help="report API changes between two spec files", add_help=False)

    from dastra_codegen import regenerate

    regenerate.add_arguments(
        commands.add_parser("regenerate", help="fetch, pin, generate, check and version in one run")
    )

    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["diff"]:
        from dastra_codegen.changes import main as diff_main

        return diff_main(argv[1:])
    args = parser.parse_args(argv)
    try:
        if args.command == "update-spec":
            return _update_spec(args)
        if args.command == "regenerate":
            return regenerate.main(args)
        return _generate(args)
    except (SpecError, OverlayError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _update_spec(args: argparse.Namespace) -> int:
    from dastra_codegen.update_spec import update_spec

    options = FetchOptions(timeout=args.timeout, retries=args.retries, backoff=args.backoff)
    fetched = read_file(args.file, options) if args.file else fetch_url(args.url or DEFAULT_URL, options)
    update_spec(fetched, args.openapi_dir, paths.OVERLAY)
    return 0


def _generate(args: argparse.Namespace) -> int:
    from dastra_codegen.generate import GenerationError, generate

    try:
        result = generate(
            args.openapi_dir,
            args.output,
            check=args.check,
            typecheck=not args.no_typecheck,
            cache=not args.no_cache,
        )
    except GenerationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(result.render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
