from enum import StrEnum

class RiskSettingsTemplate(StrEnum):
    CNILPIA = "CnilPia"
    DEFAULT = "Default"
    TINY = "Tiny"

    def __str__(self) -> str:
        return str(self.value)
