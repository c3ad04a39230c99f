from enum import StrEnum

class PersonalDataCategory(StrEnum):
    BIOMETRICDATA = "BiometricData"
    CIVILSTATUS = "CivilStatus"
    CONNECTIONDATA = "ConnectionData"
    CRIMINALCONVICTIONS = "CriminalConvictions"
    CRIMINALDATA = "CriminalData"
    ECONOMICFINANCIALDATA = "EconomicFinancialData"
    ETHNICALDATA = "EthnicalData"
    GENETICDATA = "GeneticData"
    GEOLOCATIONDATA = "GeoLocationData"
    HEALTHDATA = "HealthData"
    INTERNETDATA = "InternetData"
    NIR = "NIR"
    OTHER = "Other"
    PERSONALLIFE = "PersonalLife"
    POLITICALOPINIONS = "PoliticalOpinions"
    PROFESSIONALLIFE = "ProfessionalLife"
    RELIGIOUSBELIEFS = "ReligiousBeliefs"
    SEXUALORIENTATIONS = "SexualOrientations"
    TRADEUNIONMEMBERSHIP = "TradeUnionMembership"

    def __str__(self) -> str:
        return str(self.value)
