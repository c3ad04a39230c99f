from enum import StrEnum

class SectionType(StrEnum):
    CHAPTER = "Chapter"
    DEFAULT = "Default"
    DISCLAIMER = "Disclaimer"

    def __str__(self) -> str:
        return str(self.value)
