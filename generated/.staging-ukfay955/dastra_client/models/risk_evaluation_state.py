from enum import StrEnum

class RiskEvaluationState(StrEnum):
    ASSESSMENT = "Assessment"
    RESPONSE = "Response"
    RETIRED = "Retired"
    TREATED = "Treated"

    def __str__(self) -> str:
        return str(self.value)
