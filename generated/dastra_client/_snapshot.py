"""The spec snapshot this package was generated from (written from openapi/snapshot.json)."""

CLIENT_VERSION = "1.0.0"
SPEC_SHA256 = "556702644eb1b4835d2b93ccea597e0900387a84a3d307670aafc8d2f76170d7"
SPEC_VERSION = "v1"
SPEC_TITLE = "Dastra API"
SPEC_SOURCE = "dastra-api-2023-10.facts.json"
SPEC_RETRIEVED_AT = "2026-11-28T02:11:15Z"
