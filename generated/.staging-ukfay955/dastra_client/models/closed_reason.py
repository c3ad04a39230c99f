from enum import StrEnum

class ClosedReason(StrEnum):
    ACCEPTED = "Accepted"
    CANCELLED = "Cancelled"
    DUPLICATE = "Duplicate"
    FILEDAWAY = "FiledAway"
    NONE = "None"
    NOTADMISSIBLE = "NotAdmissible"
    OTHER = "Other"
    WRONGIDENTITY = "WrongIdentity"

    def __str__(self) -> str:
        return str(self.value)
