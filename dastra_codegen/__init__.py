"""The spec pipeline: fetch -> normalize -> overlay -> pin -> generate (run by noxfile.py)."""
