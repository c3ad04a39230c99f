from enum import StrEnum

class IconLayout(StrEnum):
    NONE = "None"
    SMALL = "Small"
    STANDARD = "Standard"

    def __str__(self) -> str:
        return str(self.value)
