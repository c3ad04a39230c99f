from enum import StrEnum

class ConditionRuleSeparator(StrEnum):
    AND = "And"
    OR = "Or"

    def __str__(self) -> str:
        return str(self.value)
