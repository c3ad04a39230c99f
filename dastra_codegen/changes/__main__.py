"""``python -m dastra_codegen.changes OLD NEW``: the same as ``python -m dastra_codegen diff``."""

import sys

from dastra_codegen.changes.cli import main

raise SystemExit(main(sys.argv[1:]))
