from enum import StrEnum

class ActorType(StrEnum):
    MORALE = "Morale"
    PHYSICAL = "Physical"

    def __str__(self) -> str:
        return str(self.value)
