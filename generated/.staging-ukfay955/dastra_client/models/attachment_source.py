from enum import StrEnum

class AttachmentSource(StrEnum):
    AMAZONS3 = "AmazonS3"
    AZUREBLOBSTORAGE = "AzureBlobStorage"
    DASTRA = "Dastra"
    GOOGLEDRIVE = "GoogleDrive"
    ONEDRIVE = "OneDrive"

    def __str__(self) -> str:
        return str(self.value)
