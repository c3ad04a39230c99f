from enum import StrEnum

class RiskResponseType(StrEnum):
    ACCEPTANCE = "Acceptance"
    AVOIDANCE = "Avoidance"
    REDUCE = "Reduce"
    TAKERISKS = "TakeRisks"
    TRANSFERENCE = "Transference"

    def __str__(self) -> str:
        return str(self.value)
