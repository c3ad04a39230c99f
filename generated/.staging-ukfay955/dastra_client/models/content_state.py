from enum import StrEnum

class ContentState(StrEnum):
    ARCHIVED = "Archived"
    PUBLISHED = "Published"
    REDACTION = "Redaction"
    STANDBY = "Standby"

    def __str__(self) -> str:
        return str(self.value)
