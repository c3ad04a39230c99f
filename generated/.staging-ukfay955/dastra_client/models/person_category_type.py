from enum import StrEnum

class PersonCategoryType(StrEnum):
    AGEDPEOPLE = "AgedPeople"
    AGENT = "Agent"
    BENEFICIARY = "Beneficiary"
    CANDIDATE = "Candidate"
    CHILD = "Child"
    CITIZEN = "Citizen"
    CLIENT = "Client"
    ELECTEDREPRESENTATIVE = "ElectedRepresentative"
    EMPLOYEE = "Employee"
    ENDUSERS = "EndUsers"
    EXTERNALPROVIDER = "ExternalProvider"
    EXTERNALSERVICEPROVIDER = "ExternalServiceProvider"
    FORMERCLIENT = "FormerClient"
    HEALTHPROFESSIONAL = "HealthProfessional"
    INTERNETUSERS = "InternetUsers"
    MEMBER = "Member"
    OLDEMPLOYEE = "OldEmployee"
    OTHER = "Other"
    PARTICULARPERSON = "ParticularPerson"
    PATIENT = "Patient"
    PROSPECT = "Prospect"
    PUBLICSERVICEUSER = "PublicServiceUser"
    STUDENTS = "Students"
    TEMPORARYWORKER = "TemporaryWorker"
    VISITORS = "Visitors"

    def __str__(self) -> str:
        return str(self.value)
