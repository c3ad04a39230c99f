from enum import StrEnum

class SensitiveDataFieldLegalJustification(StrEnum):
    DEFENSEOFLEGALCLAIMS = "DefenseOfLegalClaims"
    EXPLICITCONSENT = "ExplicitConsent"
    MANIFESTLYPUBLIC = "ManifestlyPublic"
    MEDICINE = "Medicine"
    NECESSARYPURPOSE = "NecessaryPurpose"
    OTHER = "Other"
    POLITICALLEGITIMATEACTIVITY = "PoliticalLegitimateActivity"
    PUBLICHEALTH = "PublicHealth"
    STATISTICRESEARCH = "StatisticResearch"
    SUBSTANTIALPUBLICINTEREST = "SubstantialPublicInterest"
    VITALINTEREST = "VitalInterest"

    def __str__(self) -> str:
        return str(self.value)
