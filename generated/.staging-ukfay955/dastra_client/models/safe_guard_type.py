from enum import StrEnum

class SafeGuardType(StrEnum):
    ADEQUATCOUNTRY = "AdequatCountry"
    BINDINGCORPORATERULES = "BindingCorporateRules"
    DEROGATION = "Derogation"
    EUSTANDARD = "EUStandard"
    EUSTANDARDCONTRACTUALCLAUSE = "EUStandardContractualClause"
    NONE = "None"
    OTHER = "Other"
    PRIVACYSHIELD = "PrivacyShield"

    def __str__(self) -> str:
        return str(self.value)
