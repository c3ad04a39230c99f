from enum import StrEnum

class RecipientType(StrEnum):
    AUTHORIZEDTHIRDPARTY = "AuthorizedThirdParty"
    DATASUBJECT = "DataSubject"
    INSTITUTIONALPARTNER = "InstitutionalPartner"
    INTERNALSERVICE = "InternalService"
    JOINTCONTROLLER = "JointController"
    PUBLICORGANISM = "PublicOrganism"
    THIRDPARTY = "ThirdParty"
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
