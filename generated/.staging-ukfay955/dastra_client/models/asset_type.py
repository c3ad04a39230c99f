from enum import StrEnum

class AssetType(StrEnum):
    BUILDING = "Building"
    DATA = "Data"
    MATERIAL = "Material"
    NETWORK = "Network"
    PEOPLE = "People"
    PROCESS = "Process"
    SOFTWARE = "Software"

    def __str__(self) -> str:
        return str(self.value)
