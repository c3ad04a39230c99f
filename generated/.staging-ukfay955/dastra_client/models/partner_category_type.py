from enum import StrEnum

class PartnerCategoryType(StrEnum):
    ACCOUNTING = "Accounting"
    CMP = "CMP"
    CONSULTING = "Consulting"
    EXTERNALDPO = "ExternalDPO"
    FINANCE = "Finance"
    HUMANRESSOURCES = "HumanRessources"
    LAWYER = "Lawyer"
    RESELLER = "Reseller"
    SOFTWAREPUBLISHER = "SoftwarePublisher"
    SYSTEMINTEGRATOR = "SystemIntegrator"
    TRAINING = "Training"

    def __str__(self) -> str:
        return str(self.value)
