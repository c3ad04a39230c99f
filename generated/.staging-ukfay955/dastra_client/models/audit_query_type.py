from enum import StrEnum

class AuditQueryType(StrEnum):
    INCLUDEREVISION = "IncludeRevision"
    MOSTRECENT = "MostRecent"
    NEEDRENEW = "NeedRenew"

    def __str__(self) -> str:
        return str(self.value)
