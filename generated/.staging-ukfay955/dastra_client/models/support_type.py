from enum import StrEnum

class SupportType(StrEnum):
    INHOUSE = "InHouse"
    OUTSOURCED = "OutSourced"

    def __str__(self) -> str:
        return str(self.value)
