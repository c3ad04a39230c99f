from enum import StrEnum

class AuditResultAnalysisVariant(StrEnum):
    DANGER = "Danger"
    INFO = "Info"
    SUCCESS = "Success"
    WARNING = "Warning"

    def __str__(self) -> str:
        return str(self.value)
