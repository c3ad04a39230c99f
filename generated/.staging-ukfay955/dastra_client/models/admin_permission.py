from enum import StrEnum

class AdminPermission(StrEnum):
    CONNECTAS = "ConnectAs"
    CONTACT = "Contact"
    CONTENT = "Content"
    CONTRIBUTION = "Contribution"
    FEEDBACK = "Feedback"
    LOG = "Log"
    PARTNER = "Partner"
    PRICINGPLAN = "PricingPlan"
    ROLEASSIGNATION = "RoleAssignation"
    TENANT = "Tenant"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
