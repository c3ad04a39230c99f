from enum import StrEnum

class AuditStakeHolderType(StrEnum):
    OWNER = "Owner"
    RESPONDANT = "Respondant"

    def __str__(self) -> str:
        return str(self.value)
