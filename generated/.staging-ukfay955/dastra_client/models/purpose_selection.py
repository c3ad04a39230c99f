from enum import StrEnum

class PurposeSelection(StrEnum):
    ALL = "All"
    NONE = "None"
    SOME = "Some"

    def __str__(self) -> str:
        return str(self.value)
