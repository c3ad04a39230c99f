from enum import StrEnum

class NativeIntegrationType(StrEnum):
    DASTRA = "Dastra"
    GOOGLEDRIVE = "GoogleDrive"
    INCOMINGMAIL = "Incomingmail"
    ONEDRIVE = "OneDrive"

    def __str__(self) -> str:
        return str(self.value)
