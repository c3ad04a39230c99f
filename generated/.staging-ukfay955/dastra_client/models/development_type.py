from enum import StrEnum

class DevelopmentType(StrEnum):
    INHOUSE = "InHouse"
    OUTSOURCED = "OutSourced"

    def __str__(self) -> str:
        return str(self.value)
