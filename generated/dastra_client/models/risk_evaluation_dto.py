from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.risk_evaluation_state import RiskEvaluationState
from ..models.risk_object_type import RiskObjectType
from ..models.risk_response_type import RiskResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_type_dto import RiskTypeDto
    from ..models.select_list_item_resource import SelectListItemResource
    from ..models.task_counter import TaskCounter
    from ..models.user_light_dto import UserLightDto
else:
    RiskTypeDto = deferred(globals(), "RiskTypeDto", "..models.risk_type_dto")
    SelectListItemResource = deferred(
        globals(), "SelectListItemResource", "..models.select_list_item_resource"
    )
    TaskCounter = deferred(globals(), "TaskCounter", "..models.task_counter")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_RISK_EVALUATION_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in RiskEvaluationState
}
_RISK_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RiskObjectType}
_RISK_RESPONSE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RiskResponseType}


def _load_object_(model: RiskEvaluationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("object", UNSET)
    if value is None or value is UNSET:
        model.object_ = value
        return value
    if isinstance(value, dict):
        try:
            model.object_ = result = SelectListItemResource.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "object_", "object", "SelectListItemResource | None", value)
    else:
        result = invalid(model, "object_", "object", "SelectListItemResource | None", value)
    return result


def _load_risk(model: RiskEvaluationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("risk", UNSET)
    if value is None or value is UNSET:
        model.risk = value
        return value
    if isinstance(value, dict):
        try:
            model.risk = result = RiskTypeDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "risk", "risk", "RiskTypeDto | None", value)
    else:
        result = invalid(model, "risk", "risk", "RiskTypeDto | None", value)
    return result


def _load_owner(model: RiskEvaluationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("owner", UNSET)
    if value is None or value is UNSET:
        model.owner = value
        return value
    if isinstance(value, dict):
        try:
            model.owner = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "owner", "owner", "UserLightDto | None", value)
    else:
        result = invalid(model, "owner", "owner", "UserLightDto | None", value)
    return result


def _load_creator(model: RiskEvaluationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


def _load_tasks(model: RiskEvaluationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tasks", UNSET)
    if value is None or value is UNSET:
        model.tasks = value
        return value
    if isinstance(value, dict):
        try:
            model.tasks = result = TaskCounter.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "tasks", "tasks", "TaskCounter | None", value)
    else:
        result = invalid(model, "tasks", "tasks", "TaskCounter | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "riskId",
    "object",
    "state",
    "risk",
    "owner",
    "creator",
    "dateCreation",
    "dateUpdate",
    "dateRetired",
    "dateIdentification",
    "dateAssessment",
    "dateResponse",
    "riskInitial",
    "riskResidual",
    "impactResilience",
    "probabilityResilience",
    "resilience",
    "riskCurrentPercentage",
    "riskInitialPercentage",
    "riskResidualPercentage",
    "impactCurrent",
    "probabilityCurrent",
    "riskCurrent",
    "tasks",
    "id",
    "areaId",
    "objectType",
    "objectId",
    "description",
    "ownerId",
    "responseJustification",
    "assessementJustification",
    "priority",
    "responseType",
    "impactInitial",
    "probabilityInitial",
    "impactResidual",
    "probabilityResidual",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "riskId": MISSING,
    "object": UNSET,
    "state": UNSET,
    "risk": UNSET,
    "owner": UNSET,
    "creator": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "dateRetired": UNSET,
    "dateIdentification": UNSET,
    "dateAssessment": UNSET,
    "dateResponse": UNSET,
    "riskInitial": UNSET,
    "riskResidual": UNSET,
    "impactResilience": UNSET,
    "probabilityResilience": UNSET,
    "resilience": UNSET,
    "riskCurrentPercentage": UNSET,
    "riskInitialPercentage": UNSET,
    "riskResidualPercentage": UNSET,
    "impactCurrent": UNSET,
    "probabilityCurrent": UNSET,
    "riskCurrent": UNSET,
    "tasks": UNSET,
    "id": UNSET,
    "areaId": UNSET,
    "objectType": UNSET,
    "objectId": UNSET,
    "description": UNSET,
    "ownerId": UNSET,
    "responseJustification": UNSET,
    "assessementJustification": UNSET,
    "priority": UNSET,
    "responseType": UNSET,
    "impactInitial": UNSET,
    "probabilityInitial": UNSET,
    "impactResidual": UNSET,
    "probabilityResidual": UNSET,
}

T = TypeVar("T", bound="RiskEvaluationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RiskEvaluationDto(LazyModel):
    """Attributes:
    risk_id (UUID):
    object_ (None | SelectListItemResource | Unset):
    state (None | RiskEvaluationState | str | Unset):
    risk (None | RiskTypeDto | Unset):
    owner (None | Unset | UserLightDto):
    creator (None | Unset | UserLightDto):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    date_retired (datetime.datetime | None | Unset):
    date_identification (datetime.datetime | None | Unset):
    date_assessment (datetime.datetime | None | Unset):
    date_response (datetime.datetime | None | Unset):
    risk_initial (int | None | Unset):
    risk_residual (int | None | Unset):
    impact_resilience (float | None | Unset):
    probability_resilience (float | None | Unset):
    resilience (float | None | Unset):
    risk_current_percentage (int | None | Unset):
    risk_initial_percentage (int | None | Unset):
    risk_residual_percentage (int | None | Unset):
    impact_current (int | None | Unset):
    probability_current (int | None | Unset):
    risk_current (float | None | Unset):
    tasks (None | TaskCounter | Unset):
    id (None | Unset | UUID):
    area_id (int | None | Unset):
    object_type (None | RiskObjectType | str | Unset):
    object_id (None | str | Unset):
    description (None | str | Unset):
    owner_id (int | None | Unset):
    response_justification (None | str | Unset):
    assessement_justification (None | str | Unset):
    priority (int | None | Unset):
    response_type (None | RiskResponseType | str | Unset):
    impact_initial (float | None | Unset):
    probability_initial (float | None | Unset):
    impact_residual (float | None | Unset):
    probability_residual (float | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("risk_id", "riskId"),
        ("object_", "object"),
        ("state", "state"),
        ("risk", "risk"),
        ("owner", "owner"),
        ("creator", "creator"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("date_retired", "dateRetired"),
        ("date_identification", "dateIdentification"),
        ("date_assessment", "dateAssessment"),
        ("date_response", "dateResponse"),
        ("risk_initial", "riskInitial"),
        ("risk_residual", "riskResidual"),
        ("impact_resilience", "impactResilience"),
        ("probability_resilience", "probabilityResilience"),
        ("resilience", "resilience"),
        ("risk_current_percentage", "riskCurrentPercentage"),
        ("risk_initial_percentage", "riskInitialPercentage"),
        ("risk_residual_percentage", "riskResidualPercentage"),
        ("impact_current", "impactCurrent"),
        ("probability_current", "probabilityCurrent"),
        ("risk_current", "riskCurrent"),
        ("tasks", "tasks"),
        ("id", "id"),
        ("area_id", "areaId"),
        ("object_type", "objectType"),
        ("object_id", "objectId"),
        ("description", "description"),
        ("owner_id", "ownerId"),
        ("response_justification", "responseJustification"),
        ("assessement_justification", "assessementJustification"),
        ("priority", "priority"),
        ("response_type", "responseType"),
        ("impact_initial", "impactInitial"),
        ("probability_initial", "probabilityInitial"),
        ("impact_residual", "impactResidual"),
        ("probability_residual", "probabilityResidual"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "object_": _load_object_,
        "risk": _load_risk,
        "owner": _load_owner,
        "creator": _load_creator,
        "tasks": _load_tasks,
    }

    risk_id: UUID
    object_: None | SelectListItemResource | Unset = UNSET
    state: None | RiskEvaluationState | str | Unset = UNSET
    risk: None | RiskTypeDto | Unset = UNSET
    owner: None | Unset | UserLightDto = UNSET
    creator: None | Unset | UserLightDto = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_retired: datetime.datetime | None | Unset = UNSET
    date_identification: datetime.datetime | None | Unset = UNSET
    date_assessment: datetime.datetime | None | Unset = UNSET
    date_response: datetime.datetime | None | Unset = UNSET
    risk_initial: int | None | Unset = UNSET
    risk_residual: int | None | Unset = UNSET
    impact_resilience: float | None | Unset = UNSET
    probability_resilience: float | None | Unset = UNSET
    resilience: float | None | Unset = UNSET
    risk_current_percentage: int | None | Unset = UNSET
    risk_initial_percentage: int | None | Unset = UNSET
    risk_residual_percentage: int | None | Unset = UNSET
    impact_current: int | None | Unset = UNSET
    probability_current: int | None | Unset = UNSET
    risk_current: float | None | Unset = UNSET
    tasks: None | TaskCounter | Unset = UNSET
    id: None | Unset | UUID = UNSET
    area_id: int | None | Unset = UNSET
    object_type: None | RiskObjectType | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    response_justification: None | str | Unset = UNSET
    assessement_justification: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    response_type: None | RiskResponseType | str | Unset = UNSET
    impact_initial: float | None | Unset = UNSET
    probability_initial: float | None | Unset = UNSET
    impact_residual: float | None | Unset = UNSET
    probability_residual: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_type_dto import RiskTypeDto
        from ..models.select_list_item_resource import SelectListItemResource
        from ..models.task_counter import TaskCounter
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "risk_id" not in unreadable:
            risk_id = str(self.risk_id)

            field_dict["riskId"] = risk_id
        if "object_" not in unreadable:
            object_: dict[str, Any] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            elif isinstance(self.object_, SelectListItemResource):
                object_ = self.object_.to_dict()
            else:
                object_ = self.object_

            if object_ is not UNSET:
                field_dict["object"] = object_
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, RiskEvaluationState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "risk" not in unreadable:
            risk: dict[str, Any] | None | Unset
            if isinstance(self.risk, Unset):
                risk = UNSET
            elif isinstance(self.risk, RiskTypeDto):
                risk = self.risk.to_dict()
            else:
                risk = self.risk

            if risk is not UNSET:
                field_dict["risk"] = risk
        if "owner" not in unreadable:
            owner: dict[str, Any] | None | Unset
            if isinstance(self.owner, Unset):
                owner = UNSET
            elif isinstance(self.owner, UserLightDto):
                owner = self.owner.to_dict()
            else:
                owner = self.owner

            if owner is not UNSET:
                field_dict["owner"] = owner
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "date_retired" not in unreadable:
            date_retired: None | str | Unset
            if isinstance(self.date_retired, Unset):
                date_retired = UNSET
            elif isinstance(self.date_retired, datetime.datetime):
                date_retired = self.date_retired.isoformat()
            else:
                date_retired = self.date_retired

            if date_retired is not UNSET:
                field_dict["dateRetired"] = date_retired
        if "date_identification" not in unreadable:
            date_identification: None | str | Unset
            if isinstance(self.date_identification, Unset):
                date_identification = UNSET
            elif isinstance(self.date_identification, datetime.datetime):
                date_identification = self.date_identification.isoformat()
            else:
                date_identification = self.date_identification

            if date_identification is not UNSET:
                field_dict["dateIdentification"] = date_identification
        if "date_assessment" not in unreadable:
            date_assessment: None | str | Unset
            if isinstance(self.date_assessment, Unset):
                date_assessment = UNSET
            elif isinstance(self.date_assessment, datetime.datetime):
                date_assessment = self.date_assessment.isoformat()
            else:
                date_assessment = self.date_assessment

            if date_assessment is not UNSET:
                field_dict["dateAssessment"] = date_assessment
        if "date_response" not in unreadable:
            date_response: None | str | Unset
            if isinstance(self.date_response, Unset):
                date_response = UNSET
            elif isinstance(self.date_response, datetime.datetime):
                date_response = self.date_response.isoformat()
            else:
                date_response = self.date_response

            if date_response is not UNSET:
                field_dict["dateResponse"] = date_response
        if "risk_initial" not in unreadable:
            risk_initial: int | None | Unset
            if isinstance(self.risk_initial, Unset):
                risk_initial = UNSET
            else:
                risk_initial = self.risk_initial

            if risk_initial is not UNSET:
                field_dict["riskInitial"] = risk_initial
        if "risk_residual" not in unreadable:
            risk_residual: int | None | Unset
            if isinstance(self.risk_residual, Unset):
                risk_residual = UNSET
            else:
                risk_residual = self.risk_residual

            if risk_residual is not UNSET:
                field_dict["riskResidual"] = risk_residual
        if "impact_resilience" not in unreadable:
            impact_resilience: float | None | Unset
            if isinstance(self.impact_resilience, Unset):
                impact_resilience = UNSET
            else:
                impact_resilience = self.impact_resilience

            if impact_resilience is not UNSET:
                field_dict["impactResilience"] = impact_resilience
        if "probability_resilience" not in unreadable:
            probability_resilience: float | None | Unset
            if isinstance(self.probability_resilience, Unset):
                probability_resilience = UNSET
            else:
                probability_resilience = self.probability_resilience

            if probability_resilience is not UNSET:
                field_dict["probabilityResilience"] = probability_resilience
        if "resilience" not in unreadable:
            resilience: float | None | Unset
            if isinstance(self.resilience, Unset):
                resilience = UNSET
            else:
                resilience = self.resilience

            if resilience is not UNSET:
                field_dict["resilience"] = resilience
        if "risk_current_percentage" not in unreadable:
            risk_current_percentage: int | None | Unset
            if isinstance(self.risk_current_percentage, Unset):
                risk_current_percentage = UNSET
            else:
                risk_current_percentage = self.risk_current_percentage

            if risk_current_percentage is not UNSET:
                field_dict["riskCurrentPercentage"] = risk_current_percentage
        if "risk_initial_percentage" not in unreadable:
            risk_initial_percentage: int | None | Unset
            if isinstance(self.risk_initial_percentage, Unset):
                risk_initial_percentage = UNSET
            else:
                risk_initial_percentage = self.risk_initial_percentage

            if risk_initial_percentage is not UNSET:
                field_dict["riskInitialPercentage"] = risk_initial_percentage
        if "risk_residual_percentage" not in unreadable:
            risk_residual_percentage: int | None | Unset
            if isinstance(self.risk_residual_percentage, Unset):
                risk_residual_percentage = UNSET
            else:
                risk_residual_percentage = self.risk_residual_percentage

            if risk_residual_percentage is not UNSET:
                field_dict["riskResidualPercentage"] = risk_residual_percentage
        if "impact_current" not in unreadable:
            impact_current: int | None | Unset
            if isinstance(self.impact_current, Unset):
                impact_current = UNSET
            else:
                impact_current = self.impact_current

            if impact_current is not UNSET:
                field_dict["impactCurrent"] = impact_current
        if "probability_current" not in unreadable:
            probability_current: int | None | Unset
            if isinstance(self.probability_current, Unset):
                probability_current = UNSET
            else:
                probability_current = self.probability_current

            if probability_current is not UNSET:
                field_dict["probabilityCurrent"] = probability_current
        if "risk_current" not in unreadable:
            risk_current: float | None | Unset
            if isinstance(self.risk_current, Unset):
                risk_current = UNSET
            else:
                risk_current = self.risk_current

            if risk_current is not UNSET:
                field_dict["riskCurrent"] = risk_current
        if "tasks" not in unreadable:
            tasks: dict[str, Any] | None | Unset
            if isinstance(self.tasks, Unset):
                tasks = UNSET
            elif isinstance(self.tasks, TaskCounter):
                tasks = self.tasks.to_dict()
            else:
                tasks = self.tasks

            if tasks is not UNSET:
                field_dict["tasks"] = tasks
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "object_type" not in unreadable:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            elif isinstance(self.object_type, RiskObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            if object_type is not UNSET:
                field_dict["objectType"] = object_type
        if "object_id" not in unreadable:
            object_id: None | str | Unset
            if isinstance(self.object_id, Unset):
                object_id = UNSET
            else:
                object_id = self.object_id

            if object_id is not UNSET:
                field_dict["objectId"] = object_id
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "owner_id" not in unreadable:
            owner_id: int | None | Unset
            if isinstance(self.owner_id, Unset):
                owner_id = UNSET
            else:
                owner_id = self.owner_id

            if owner_id is not UNSET:
                field_dict["ownerId"] = owner_id
        if "response_justification" not in unreadable:
            response_justification: None | str | Unset
            if isinstance(self.response_justification, Unset):
                response_justification = UNSET
            else:
                response_justification = self.response_justification

            if response_justification is not UNSET:
                field_dict["responseJustification"] = response_justification
        if "assessement_justification" not in unreadable:
            assessement_justification: None | str | Unset
            if isinstance(self.assessement_justification, Unset):
                assessement_justification = UNSET
            else:
                assessement_justification = self.assessement_justification

            if assessement_justification is not UNSET:
                field_dict["assessementJustification"] = assessement_justification
        if "priority" not in unreadable:
            priority: int | None | Unset
            if isinstance(self.priority, Unset):
                priority = UNSET
            else:
                priority = self.priority

            if priority is not UNSET:
                field_dict["priority"] = priority
        if "response_type" not in unreadable:
            response_type: None | str | Unset
            if isinstance(self.response_type, Unset):
                response_type = UNSET
            elif isinstance(self.response_type, RiskResponseType):
                response_type = self.response_type.value
            else:
                response_type = self.response_type

            if response_type is not UNSET:
                field_dict["responseType"] = response_type
        if "impact_initial" not in unreadable:
            impact_initial: float | None | Unset
            if isinstance(self.impact_initial, Unset):
                impact_initial = UNSET
            else:
                impact_initial = self.impact_initial

            if impact_initial is not UNSET:
                field_dict["impactInitial"] = impact_initial
        if "probability_initial" not in unreadable:
            probability_initial: float | None | Unset
            if isinstance(self.probability_initial, Unset):
                probability_initial = UNSET
            else:
                probability_initial = self.probability_initial

            if probability_initial is not UNSET:
                field_dict["probabilityInitial"] = probability_initial
        if "impact_residual" not in unreadable:
            impact_residual: float | None | Unset
            if isinstance(self.impact_residual, Unset):
                impact_residual = UNSET
            else:
                impact_residual = self.impact_residual

            if impact_residual is not UNSET:
                field_dict["impactResidual"] = impact_residual
        if "probability_residual" not in unreadable:
            probability_residual: float | None | Unset
            if isinstance(self.probability_residual, Unset):
                probability_residual = UNSET
            else:
                probability_residual = self.probability_residual

            if probability_residual is not UNSET:
                field_dict["probabilityResidual"] = probability_residual
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 38:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        try:
            parsed.risk_id = parse_uuid(value)
        except (TypeError, ValueError, AttributeError):
            invalid(parsed, "risk_id", "riskId", "UUID", value)
            absent += value is MISSING

        value = values[1]
        if value is None:
            parsed.object_ = None
        elif value is UNSET:
            parsed.object_ = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.object_ = SelectListItemResource.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "object_", "object", "SelectListItemResource | None", value)
            else:
                invalid(parsed, "object_", "object", "SelectListItemResource | None", value)

        value = values[2]
        if isinstance(value, str):
            parsed.state = _RISK_EVALUATION_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "RiskEvaluationState | str | None", value)

        value = values[3]
        if value is None:
            parsed.risk = None
        elif value is UNSET:
            parsed.risk = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.risk = RiskTypeDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "risk", "risk", "RiskTypeDto | None", value)
            else:
                invalid(parsed, "risk", "risk", "RiskTypeDto | None", value)

        value = values[4]
        if value is None:
            parsed.owner = None
        elif value is UNSET:
            parsed.owner = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.owner = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "owner", "owner", "UserLightDto | None", value)
            else:
                invalid(parsed, "owner", "owner", "UserLightDto | None", value)

        value = values[5]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        value = values[6]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[7]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[8]
        if value is None:
            parsed.date_retired = None
        elif value is UNSET:
            parsed.date_retired = UNSET
            absent += 1
        else:
            try:
                parsed.date_retired = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_retired", "dateRetired", "datetime.datetime | None", value)

        value = values[9]
        if value is None:
            parsed.date_identification = None
        elif value is UNSET:
            parsed.date_identification = UNSET
            absent += 1
        else:
            try:
                parsed.date_identification = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(
                    parsed, "date_identification", "dateIdentification", "datetime.datetime | None", value
                )

        value = values[10]
        if value is None:
            parsed.date_assessment = None
        elif value is UNSET:
            parsed.date_assessment = UNSET
            absent += 1
        else:
            try:
                parsed.date_assessment = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_assessment", "dateAssessment", "datetime.datetime | None", value)

        value = values[11]
        if value is None:
            parsed.date_response = None
        elif value is UNSET:
            parsed.date_response = UNSET
            absent += 1
        else:
            try:
                parsed.date_response = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_response", "dateResponse", "datetime.datetime | None", value)

        value = values[12]
        if type(value) is int or value is None:
            parsed.risk_initial = value
        elif value is UNSET:
            parsed.risk_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_initial", "riskInitial", "int | None", value)

        value = values[13]
        if type(value) is int or value is None:
            parsed.risk_residual = value
        elif value is UNSET:
            parsed.risk_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_residual", "riskResidual", "int | None", value)

        value = values[14]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.impact_resilience = value
        elif value is UNSET:
            parsed.impact_resilience = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_resilience", "impactResilience", "float | None", value)

        value = values[15]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.probability_resilience = value
        elif value is UNSET:
            parsed.probability_resilience = UNSET
            absent += 1
        else:
            invalid(parsed, "probability_resilience", "probabilityResilience", "float | None", value)

        value = values[16]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.resilience = value
        elif value is UNSET:
            parsed.resilience = UNSET
            absent += 1
        else:
            invalid(parsed, "resilience", "resilience", "float | None", value)

        value = values[17]
        if type(value) is int or value is None:
            parsed.risk_current_percentage = value
        elif value is UNSET:
            parsed.risk_current_percentage = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_current_percentage", "riskCurrentPercentage", "int | None", value)

        value = values[18]
        if type(value) is int or value is None:
            parsed.risk_initial_percentage = value
        elif value is UNSET:
            parsed.risk_initial_percentage = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_initial_percentage", "riskInitialPercentage", "int | None", value)

        value = values[19]
        if type(value) is int or value is None:
            parsed.risk_residual_percentage = value
        elif value is UNSET:
            parsed.risk_residual_percentage = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_residual_percentage", "riskResidualPercentage", "int | None", value)

        value = values[20]
        if type(value) is int or value is None:
            parsed.impact_current = value
        elif value is UNSET:
            parsed.impact_current = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_current", "impactCurrent", "int | None", value)

        value = values[21]
        if type(value) is int or value is None:
            parsed.probability_current = value
        elif value is UNSET:
            parsed.probability_current = UNSET
            absent += 1
        else:
            invalid(parsed, "probability_current", "probabilityCurrent", "int | None", value)

        value = values[22]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.risk_current = value
        elif value is UNSET:
            parsed.risk_current = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_current", "riskCurrent", "float | None", value)

        value = values[23]
        if value is None:
            parsed.tasks = None
        elif value is UNSET:
            parsed.tasks = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.tasks = TaskCounter.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "tasks", "tasks", "TaskCounter | None", value)
            else:
                invalid(parsed, "tasks", "tasks", "TaskCounter | None", value)

        value = values[24]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[25]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[26]
        if isinstance(value, str):
            parsed.object_type = _RISK_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "RiskObjectType | str | None", value)

        value = values[27]
        if isinstance(value, str) or value is None:
            parsed.object_id = value
        elif value is UNSET:
            parsed.object_id = UNSET
            absent += 1
        else:
            invalid(parsed, "object_id", "objectId", "str | None", value)

        value = values[28]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[29]
        if type(value) is int or value is None:
            parsed.owner_id = value
        elif value is UNSET:
            parsed.owner_id = UNSET
            absent += 1
        else:
            invalid(parsed, "owner_id", "ownerId", "int | None", value)

        value = values[30]
        if isinstance(value, str) or value is None:
            parsed.response_justification = value
        elif value is UNSET:
            parsed.response_justification = UNSET
            absent += 1
        else:
            invalid(parsed, "response_justification", "responseJustification", "str | None", value)

        value = values[31]
        if isinstance(value, str) or value is None:
            parsed.assessement_justification = value
        elif value is UNSET:
            parsed.assessement_justification = UNSET
            absent += 1
        else:
            invalid(parsed, "assessement_justification", "assessementJustification", "str | None", value)

        value = values[32]
        if type(value) is int or value is None:
            parsed.priority = value
        elif value is UNSET:
            parsed.priority = UNSET
            absent += 1
        else:
            invalid(parsed, "priority", "priority", "int | None", value)

        value = values[33]
        if isinstance(value, str):
            parsed.response_type = _RISK_RESPONSE_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.response_type = None
        elif value is UNSET:
            parsed.response_type = UNSET
            absent += 1
        else:
            invalid(parsed, "response_type", "responseType", "RiskResponseType | str | None", value)

        value = values[34]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.impact_initial = value
        elif value is UNSET:
            parsed.impact_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_initial", "impactInitial", "float | None", value)

        value = values[35]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.probability_initial = value
        elif value is UNSET:
            parsed.probability_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "probability_initial", "probabilityInitial", "float | None", value)

        value = values[36]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.impact_residual = value
        elif value is UNSET:
            parsed.impact_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_residual", "impactResidual", "float | None", value)

        value = values[37]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.probability_residual = value
        elif value is UNSET:
            parsed.probability_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "probability_residual", "probabilityResidual", "float | None", value)

        if len(src_dict) + absent == 38:  # every key is a known one
            parsed.additional_properties = {}
        else:
            parsed.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
