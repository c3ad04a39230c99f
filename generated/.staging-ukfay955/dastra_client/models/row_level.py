from enum import StrEnum

class RowLevel(StrEnum):
    QUESTION = "Question"
    SECTION = "Section"
    SUBSECTION = "SubSection"

    def __str__(self) -> str:
        return str(self.value)
