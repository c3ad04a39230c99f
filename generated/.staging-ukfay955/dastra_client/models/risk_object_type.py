from enum import StrEnum

class RiskObjectType(StrEnum):
    ACTOR = "Actor"
    AREA = "Area"
    ASSET = "Asset"
    DATAPROCESSING = "DataProcessing"

    def __str__(self) -> str:
        return str(self.value)
