from enum import StrEnum

class BaseRole(StrEnum):
    ADMIN = "Admin"
    API = "API"
    AUTHOR = "Author"
    MARKETING = "Marketing"
    SALES = "Sales"
    SUPERADMIN = "SuperAdmin"
    SUPPORT = "Support"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
