from enum import StrEnum

class JobTitle(StrEnum):
    CHIEFINFORMATIONSECURITYOFFICER = "ChiefInformationSecurityOfficer"
    DATACONTROLLER = "DataController"
    DATACONTROLLERREPRESENTATIVE = "DataControllerRepresentative"
    DATAPROTECTIONOFFICER = "DataProtectionOfficer"
    DATAPROTECTIONOFFICERREPRESENTATIVE = "DataProtectionOfficerRepresentative"
    JOINTCONTROLLER = "JointController"
    OTHER = "Other"
    PROCESSIMPLEMENTATIONMANAGER = "ProcessImplementationManager"
    PROCESSOR = "Processor"
    REFERENT = "Referent"

    def __str__(self) -> str:
        return str(self.value)
