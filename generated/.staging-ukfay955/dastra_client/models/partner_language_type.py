from enum import StrEnum

class PartnerLanguageType(StrEnum):
    ARABIC = "Arabic"
    CHINESE = "Chinese"
    DUTCH = "Dutch"
    ENGLISH = "English"
    FRENCH = "French"
    GERMAN = "German"
    ITALIAN = "Italian"
    SPANISH = "Spanish"

    def __str__(self) -> str:
        return str(self.value)
