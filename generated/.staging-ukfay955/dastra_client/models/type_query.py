from enum import StrEnum

class TypeQuery(StrEnum):
    ALL = "All"
    EXCLUDEAUDITLOG = "ExcludeAuditLog"
    ONLYAUDITLOG = "OnlyAuditLog"

    def __str__(self) -> str:
        return str(self.value)
