from enum import StrEnum

class Layout(StrEnum):
    BLOCK = "block"
    PAGE = "page"
    POPUP = "popup"

    def __str__(self) -> str:
        return str(self.value)
