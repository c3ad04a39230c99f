from enum import StrEnum

class DataSetSource(StrEnum):
    DIRECT = "Direct"
    DIRECTANDINDIRECT = "DirectAndIndirect"
    INDIRECT = "Indirect"

    def __str__(self) -> str:
        return str(self.value)
