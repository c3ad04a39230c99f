from enum import StrEnum

class SelectType(StrEnum):
    ARRAYSELECTOR = "ArraySelector"
    DEFAULT = "Default"
    SINGLESELECTOR = "SingleSelector"
    UNDEFINED = "Undefined"

    def __str__(self) -> str:
        return str(self.value)
