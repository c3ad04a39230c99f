from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.risk_evaluation_state import RiskEvaluationState
from ..models.risk_object_type import RiskObjectType
from ..models.risk_response_type import RiskResponseType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.risk_type_dto import RiskTypeDto
    from ..models.select_list_item_resource import SelectListItemResource
    from ..models.task_counter import TaskCounter
    from ..models.user_light_dto import UserLightDto







def _parse_object_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.SelectListItemResource.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RiskEvaluationState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_risk(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.RiskTypeDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_owner(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_retired(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_identification(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_assessment(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_response(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data















def _parse_tasks(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TaskCounter.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RiskObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data











def _parse_response_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RiskResponseType._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _load_object_(source: Mapping[str, Any]) -> Any:
    return _parse_object_(source.get("object", UNSET))

def _load_risk(source: Mapping[str, Any]) -> Any:
    return _parse_risk(source.get("risk", UNSET))

def _load_owner(source: Mapping[str, Any]) -> Any:
    return _parse_owner(source.get("owner", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))

def _load_tasks(source: Mapping[str, Any]) -> Any:
    return _parse_tasks(source.get("tasks", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("riskId", "object", "state", "risk", "owner", "creator", "dateCreation", "dateUpdate", "dateRetired", "dateIdentification", "dateAssessment", "dateResponse", "riskInitial", "riskResidual", "impactResilience", "probabilityResilience", "resilience", "riskCurrentPercentage", "riskInitialPercentage", "riskResidualPercentage", "impactCurrent", "probabilityCurrent", "riskCurrent", "tasks", "id", "areaId", "objectType", "objectId", "description", "ownerId", "responseJustification", "assessementJustification", "priority", "responseType", "impactInitial", "probabilityInitial", "impactResidual", "probabilityResidual", ))

T = TypeVar("T", bound="RiskEvaluationDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.risk_type_dto import RiskTypeDto  # noqa: PLC0415
        from ..models.select_list_item_resource import SelectListItemResource  # noqa: PLC0415
        from ..models.task_counter import TaskCounter  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        risk_id = str(self.risk_id)

        field_dict["riskId"] = risk_id
        object_: dict[str, Any] | None | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, SelectListItemResource):
            object_ = self.object_.to_dict()
        else:
            object_ = self.object_

        if object_ is not UNSET:
            field_dict["object"] = object_
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, RiskEvaluationState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        risk: dict[str, Any] | None | Unset
        if isinstance(self.risk, Unset):
            risk = UNSET
        elif isinstance(self.risk, RiskTypeDto):
            risk = self.risk.to_dict()
        else:
            risk = self.risk

        if risk is not UNSET:
            field_dict["risk"] = risk
        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserLightDto):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        if owner is not UNSET:
            field_dict["owner"] = owner
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        date_retired: None | str | Unset
        if isinstance(self.date_retired, Unset):
            date_retired = UNSET
        elif isinstance(self.date_retired, datetime.datetime):
            date_retired = self.date_retired.isoformat()
        else:
            date_retired = self.date_retired

        if date_retired is not UNSET:
            field_dict["dateRetired"] = date_retired
        date_identification: None | str | Unset
        if isinstance(self.date_identification, Unset):
            date_identification = UNSET
        elif isinstance(self.date_identification, datetime.datetime):
            date_identification = self.date_identification.isoformat()
        else:
            date_identification = self.date_identification

        if date_identification is not UNSET:
            field_dict["dateIdentification"] = date_identification
        date_assessment: None | str | Unset
        if isinstance(self.date_assessment, Unset):
            date_assessment = UNSET
        elif isinstance(self.date_assessment, datetime.datetime):
            date_assessment = self.date_assessment.isoformat()
        else:
            date_assessment = self.date_assessment

        if date_assessment is not UNSET:
            field_dict["dateAssessment"] = date_assessment
        date_response: None | str | Unset
        if isinstance(self.date_response, Unset):
            date_response = UNSET
        elif isinstance(self.date_response, datetime.datetime):
            date_response = self.date_response.isoformat()
        else:
            date_response = self.date_response

        if date_response is not UNSET:
            field_dict["dateResponse"] = date_response
        risk_initial: int | None | Unset
        if isinstance(self.risk_initial, Unset):
            risk_initial = UNSET
        else:
            risk_initial = self.risk_initial

        if risk_initial is not UNSET:
            field_dict["riskInitial"] = risk_initial
        risk_residual: int | None | Unset
        if isinstance(self.risk_residual, Unset):
            risk_residual = UNSET
        else:
            risk_residual = self.risk_residual

        if risk_residual is not UNSET:
            field_dict["riskResidual"] = risk_residual
        impact_resilience: float | None | Unset
        if isinstance(self.impact_resilience, Unset):
            impact_resilience = UNSET
        else:
            impact_resilience = self.impact_resilience

        if impact_resilience is not UNSET:
            field_dict["impactResilience"] = impact_resilience
        probability_resilience: float | None | Unset
        if isinstance(self.probability_resilience, Unset):
            probability_resilience = UNSET
        else:
            probability_resilience = self.probability_resilience

        if probability_resilience is not UNSET:
            field_dict["probabilityResilience"] = probability_resilience
        resilience: float | None | Unset
        if isinstance(self.resilience, Unset):
            resilience = UNSET
        else:
            resilience = self.resilience

        if resilience is not UNSET:
            field_dict["resilience"] = resilience
        risk_current_percentage: int | None | Unset
        if isinstance(self.risk_current_percentage, Unset):
            risk_current_percentage = UNSET
        else:
            risk_current_percentage = self.risk_current_percentage

        if risk_current_percentage is not UNSET:
            field_dict["riskCurrentPercentage"] = risk_current_percentage
        risk_initial_percentage: int | None | Unset
        if isinstance(self.risk_initial_percentage, Unset):
            risk_initial_percentage = UNSET
        else:
            risk_initial_percentage = self.risk_initial_percentage

        if risk_initial_percentage is not UNSET:
            field_dict["riskInitialPercentage"] = risk_initial_percentage
        risk_residual_percentage: int | None | Unset
        if isinstance(self.risk_residual_percentage, Unset):
            risk_residual_percentage = UNSET
        else:
            risk_residual_percentage = self.risk_residual_percentage

        if risk_residual_percentage is not UNSET:
            field_dict["riskResidualPercentage"] = risk_residual_percentage
        impact_current: int | None | Unset
        if isinstance(self.impact_current, Unset):
            impact_current = UNSET
        else:
            impact_current = self.impact_current

        if impact_current is not UNSET:
            field_dict["impactCurrent"] = impact_current
        probability_current: int | None | Unset
        if isinstance(self.probability_current, Unset):
            probability_current = UNSET
        else:
            probability_current = self.probability_current

        if probability_current is not UNSET:
            field_dict["probabilityCurrent"] = probability_current
        risk_current: float | None | Unset
        if isinstance(self.risk_current, Unset):
            risk_current = UNSET
        else:
            risk_current = self.risk_current

        if risk_current is not UNSET:
            field_dict["riskCurrent"] = risk_current
        tasks: dict[str, Any] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, TaskCounter):
            tasks = self.tasks.to_dict()
        else:
            tasks = self.tasks

        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, RiskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        response_justification: None | str | Unset
        if isinstance(self.response_justification, Unset):
            response_justification = UNSET
        else:
            response_justification = self.response_justification

        if response_justification is not UNSET:
            field_dict["responseJustification"] = response_justification
        assessement_justification: None | str | Unset
        if isinstance(self.assessement_justification, Unset):
            assessement_justification = UNSET
        else:
            assessement_justification = self.assessement_justification

        if assessement_justification is not UNSET:
            field_dict["assessementJustification"] = assessement_justification
        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        if priority is not UNSET:
            field_dict["priority"] = priority
        response_type: None | str | Unset
        if isinstance(self.response_type, Unset):
            response_type = UNSET
        elif isinstance(self.response_type, RiskResponseType):
            response_type = self.response_type.value
        else:
            response_type = self.response_type

        if response_type is not UNSET:
            field_dict["responseType"] = response_type
        impact_initial: float | None | Unset
        if isinstance(self.impact_initial, Unset):
            impact_initial = UNSET
        else:
            impact_initial = self.impact_initial

        if impact_initial is not UNSET:
            field_dict["impactInitial"] = impact_initial
        probability_initial: float | None | Unset
        if isinstance(self.probability_initial, Unset):
            probability_initial = UNSET
        else:
            probability_initial = self.probability_initial

        if probability_initial is not UNSET:
            field_dict["probabilityInitial"] = probability_initial
        impact_residual: float | None | Unset
        if isinstance(self.impact_residual, Unset):
            impact_residual = UNSET
        else:
            impact_residual = self.impact_residual

        if impact_residual is not UNSET:
            field_dict["impactResidual"] = impact_residual
        probability_residual: float | None | Unset
        if isinstance(self.probability_residual, Unset):
            probability_residual = UNSET
        else:
            probability_residual = self.probability_residual

        if probability_residual is not UNSET:
            field_dict["probabilityResidual"] = probability_residual
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.risk_id = UUID(src_dict["riskId"])
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.date_retired = _parse_date_retired(src_dict.get("dateRetired", UNSET))
        parsed.date_identification = _parse_date_identification(src_dict.get("dateIdentification", UNSET))
        parsed.date_assessment = _parse_date_assessment(src_dict.get("dateAssessment", UNSET))
        parsed.date_response = _parse_date_response(src_dict.get("dateResponse", UNSET))
        parsed.risk_initial = src_dict.get("riskInitial", UNSET)
        parsed.risk_residual = src_dict.get("riskResidual", UNSET)
        parsed.impact_resilience = src_dict.get("impactResilience", UNSET)
        parsed.probability_resilience = src_dict.get("probabilityResilience", UNSET)
        parsed.resilience = src_dict.get("resilience", UNSET)
        parsed.risk_current_percentage = src_dict.get("riskCurrentPercentage", UNSET)
        parsed.risk_initial_percentage = src_dict.get("riskInitialPercentage", UNSET)
        parsed.risk_residual_percentage = src_dict.get("riskResidualPercentage", UNSET)
        parsed.impact_current = src_dict.get("impactCurrent", UNSET)
        parsed.probability_current = src_dict.get("probabilityCurrent", UNSET)
        parsed.risk_current = src_dict.get("riskCurrent", UNSET)
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.object_id = src_dict.get("objectId", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.owner_id = src_dict.get("ownerId", UNSET)
        parsed.response_justification = src_dict.get("responseJustification", UNSET)
        parsed.assessement_justification = src_dict.get("assessementJustification", UNSET)
        parsed.priority = src_dict.get("priority", UNSET)
        parsed.response_type = _parse_response_type(src_dict.get("responseType", UNSET))
        parsed.impact_initial = src_dict.get("impactInitial", UNSET)
        parsed.probability_initial = src_dict.get("probabilityInitial", UNSET)
        parsed.impact_residual = src_dict.get("impactResidual", UNSET)
        parsed.probability_residual = src_dict.get("probabilityResidual", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
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
