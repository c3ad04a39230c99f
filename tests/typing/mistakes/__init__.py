"""Service code with deliberate mistakes: each line marked ``# expect:`` must be an error of every checker.

``tests/typing/test_checkers.py`` runs mypy --strict, pyright basic and pyright strict on these modules
and compares the errors, line by line and code by code, with the marks (``# expect: mypy[call-arg]
pyright[reportCallIssue]``); an unmarked line must have no error. The repository's mypy and pyright
runs exclude this folder.
"""
