from enum import StrEnum

class AreaType(StrEnum):
    AREA = "Area"
    ENTITY = "Entity"

    def __str__(self) -> str:
        return str(self.value)
