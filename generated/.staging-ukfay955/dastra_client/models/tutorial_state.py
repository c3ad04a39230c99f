from enum import StrEnum

class TutorialState(StrEnum):
    DONE = "Done"
    INITIAL = "Initial"
    INPROGRESS = "InProgress"

    def __str__(self) -> str:
        return str(self.value)
