from enum import StrEnum

class ApplicationType(StrEnum):
    MODULE = "Module"
    OTHER = "Other"
    SAAS = "Saas"
    SOFTWARE = "Software"
    WEBAPP = "WebApp"

    def __str__(self) -> str:
        return str(self.value)
