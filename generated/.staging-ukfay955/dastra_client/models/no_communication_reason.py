from enum import StrEnum

class NoCommunicationReason(StrEnum):
    HIGHRISKIMPOSSIBLE = "HighRiskImpossible"
    IMPOSSIBLETORECOVER = "ImpossibleToRecover"

    def __str__(self) -> str:
        return str(self.value)
