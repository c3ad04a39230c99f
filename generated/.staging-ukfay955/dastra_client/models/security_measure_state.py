from enum import StrEnum

class SecurityMeasureState(StrEnum):
    DEPLOYING = "Deploying"
    DONE = "Done"
    NONE = "None"
    PLANNED = "Planned"
    TODO = "Todo"

    def __str__(self) -> str:
        return str(self.value)
