"""The spec pipeline: fetch -> normalize -> overlay -> pin -> generate -> gate (run by noxfile.py)."""
