from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_evaluation_state import RiskEvaluationState
from ..models.risk_object_type import RiskObjectType
from ..models.risk_response_type import RiskResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_type_dto import RiskTypeDto
    from ..models.select_list_item_resource import SelectListItemResource
    from ..models.task_counter import TaskCounter
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="RiskEvaluationDto")


@_attrs_define
class RiskEvaluationDto:
    """
    Attributes:
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

        risk_id = str(self.risk_id)

        object_: dict[str, Any] | None | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, SelectListItemResource):
            object_ = self.object_.to_dict()
        else:
            object_ = self.object_

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, RiskEvaluationState):
            state = self.state.value
        else:
            state = self.state

        risk: dict[str, Any] | None | Unset
        if isinstance(self.risk, Unset):
            risk = UNSET
        elif isinstance(self.risk, RiskTypeDto):
            risk = self.risk.to_dict()
        else:
            risk = self.risk

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserLightDto):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        date_retired: None | str | Unset
        if isinstance(self.date_retired, Unset):
            date_retired = UNSET
        elif isinstance(self.date_retired, datetime.datetime):
            date_retired = self.date_retired.isoformat()
        else:
            date_retired = self.date_retired

        date_identification: None | str | Unset
        if isinstance(self.date_identification, Unset):
            date_identification = UNSET
        elif isinstance(self.date_identification, datetime.datetime):
            date_identification = self.date_identification.isoformat()
        else:
            date_identification = self.date_identification

        date_assessment: None | str | Unset
        if isinstance(self.date_assessment, Unset):
            date_assessment = UNSET
        elif isinstance(self.date_assessment, datetime.datetime):
            date_assessment = self.date_assessment.isoformat()
        else:
            date_assessment = self.date_assessment

        date_response: None | str | Unset
        if isinstance(self.date_response, Unset):
            date_response = UNSET
        elif isinstance(self.date_response, datetime.datetime):
            date_response = self.date_response.isoformat()
        else:
            date_response = self.date_response

        risk_initial: int | None | Unset
        if isinstance(self.risk_initial, Unset):
            risk_initial = UNSET
        else:
            risk_initial = self.risk_initial

        risk_residual: int | None | Unset
        if isinstance(self.risk_residual, Unset):
            risk_residual = UNSET
        else:
            risk_residual = self.risk_residual

        impact_resilience: float | None | Unset
        if isinstance(self.impact_resilience, Unset):
            impact_resilience = UNSET
        else:
            impact_resilience = self.impact_resilience

        probability_resilience: float | None | Unset
        if isinstance(self.probability_resilience, Unset):
            probability_resilience = UNSET
        else:
            probability_resilience = self.probability_resilience

        resilience: float | None | Unset
        if isinstance(self.resilience, Unset):
            resilience = UNSET
        else:
            resilience = self.resilience

        risk_current_percentage: int | None | Unset
        if isinstance(self.risk_current_percentage, Unset):
            risk_current_percentage = UNSET
        else:
            risk_current_percentage = self.risk_current_percentage

        risk_initial_percentage: int | None | Unset
        if isinstance(self.risk_initial_percentage, Unset):
            risk_initial_percentage = UNSET
        else:
            risk_initial_percentage = self.risk_initial_percentage

        risk_residual_percentage: int | None | Unset
        if isinstance(self.risk_residual_percentage, Unset):
            risk_residual_percentage = UNSET
        else:
            risk_residual_percentage = self.risk_residual_percentage

        impact_current: int | None | Unset
        if isinstance(self.impact_current, Unset):
            impact_current = UNSET
        else:
            impact_current = self.impact_current

        probability_current: int | None | Unset
        if isinstance(self.probability_current, Unset):
            probability_current = UNSET
        else:
            probability_current = self.probability_current

        risk_current: float | None | Unset
        if isinstance(self.risk_current, Unset):
            risk_current = UNSET
        else:
            risk_current = self.risk_current

        tasks: dict[str, Any] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, TaskCounter):
            tasks = self.tasks.to_dict()
        else:
            tasks = self.tasks

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, RiskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        response_justification: None | str | Unset
        if isinstance(self.response_justification, Unset):
            response_justification = UNSET
        else:
            response_justification = self.response_justification

        assessement_justification: None | str | Unset
        if isinstance(self.assessement_justification, Unset):
            assessement_justification = UNSET
        else:
            assessement_justification = self.assessement_justification

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        response_type: None | str | Unset
        if isinstance(self.response_type, Unset):
            response_type = UNSET
        elif isinstance(self.response_type, RiskResponseType):
            response_type = self.response_type.value
        else:
            response_type = self.response_type

        impact_initial: float | None | Unset
        if isinstance(self.impact_initial, Unset):
            impact_initial = UNSET
        else:
            impact_initial = self.impact_initial

        probability_initial: float | None | Unset
        if isinstance(self.probability_initial, Unset):
            probability_initial = UNSET
        else:
            probability_initial = self.probability_initial

        impact_residual: float | None | Unset
        if isinstance(self.impact_residual, Unset):
            impact_residual = UNSET
        else:
            impact_residual = self.impact_residual

        probability_residual: float | None | Unset
        if isinstance(self.probability_residual, Unset):
            probability_residual = UNSET
        else:
            probability_residual = self.probability_residual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "riskId": risk_id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if state is not UNSET:
            field_dict["state"] = state
        if risk is not UNSET:
            field_dict["risk"] = risk
        if owner is not UNSET:
            field_dict["owner"] = owner
        if creator is not UNSET:
            field_dict["creator"] = creator
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if date_retired is not UNSET:
            field_dict["dateRetired"] = date_retired
        if date_identification is not UNSET:
            field_dict["dateIdentification"] = date_identification
        if date_assessment is not UNSET:
            field_dict["dateAssessment"] = date_assessment
        if date_response is not UNSET:
            field_dict["dateResponse"] = date_response
        if risk_initial is not UNSET:
            field_dict["riskInitial"] = risk_initial
        if risk_residual is not UNSET:
            field_dict["riskResidual"] = risk_residual
        if impact_resilience is not UNSET:
            field_dict["impactResilience"] = impact_resilience
        if probability_resilience is not UNSET:
            field_dict["probabilityResilience"] = probability_resilience
        if resilience is not UNSET:
            field_dict["resilience"] = resilience
        if risk_current_percentage is not UNSET:
            field_dict["riskCurrentPercentage"] = risk_current_percentage
        if risk_initial_percentage is not UNSET:
            field_dict["riskInitialPercentage"] = risk_initial_percentage
        if risk_residual_percentage is not UNSET:
            field_dict["riskResidualPercentage"] = risk_residual_percentage
        if impact_current is not UNSET:
            field_dict["impactCurrent"] = impact_current
        if probability_current is not UNSET:
            field_dict["probabilityCurrent"] = probability_current
        if risk_current is not UNSET:
            field_dict["riskCurrent"] = risk_current
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if id is not UNSET:
            field_dict["id"] = id
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if description is not UNSET:
            field_dict["description"] = description
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if response_justification is not UNSET:
            field_dict["responseJustification"] = response_justification
        if assessement_justification is not UNSET:
            field_dict["assessementJustification"] = assessement_justification
        if priority is not UNSET:
            field_dict["priority"] = priority
        if response_type is not UNSET:
            field_dict["responseType"] = response_type
        if impact_initial is not UNSET:
            field_dict["impactInitial"] = impact_initial
        if probability_initial is not UNSET:
            field_dict["probabilityInitial"] = probability_initial
        if impact_residual is not UNSET:
            field_dict["impactResidual"] = impact_residual
        if probability_residual is not UNSET:
            field_dict["probabilityResidual"] = probability_residual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_type_dto import RiskTypeDto
        from ..models.select_list_item_resource import SelectListItemResource
        from ..models.task_counter import TaskCounter
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        risk_id = UUID(d.pop("riskId"))

        def _parse_object_(data: object) -> None | SelectListItemResource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_type_1 = SelectListItemResource.from_dict(data)

                return object_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SelectListItemResource | Unset, data)

        object_ = _parse_object_(d.pop("object", UNSET))

        def _parse_state(data: object) -> None | RiskEvaluationState | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = RiskEvaluationState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskEvaluationState | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_risk(data: object) -> None | RiskTypeDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                risk_type_1 = RiskTypeDto.from_dict(data)

                return risk_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskTypeDto | Unset, data)

        risk = _parse_risk(d.pop("risk", UNSET))

        def _parse_owner(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_1 = UserLightDto.from_dict(data)

                return owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_creator(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_type_1 = UserLightDto.from_dict(data)

                return creator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        creator = _parse_creator(d.pop("creator", UNSET))

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_date_retired(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_retired_type_0 = datetime.datetime.fromisoformat(data)

                return date_retired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_retired = _parse_date_retired(d.pop("dateRetired", UNSET))

        def _parse_date_identification(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_identification_type_0 = datetime.datetime.fromisoformat(data)

                return date_identification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_identification = _parse_date_identification(d.pop("dateIdentification", UNSET))

        def _parse_date_assessment(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_assessment_type_0 = datetime.datetime.fromisoformat(data)

                return date_assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_assessment = _parse_date_assessment(d.pop("dateAssessment", UNSET))

        def _parse_date_response(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_response_type_0 = datetime.datetime.fromisoformat(data)

                return date_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_response = _parse_date_response(d.pop("dateResponse", UNSET))

        def _parse_risk_initial(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        risk_initial = _parse_risk_initial(d.pop("riskInitial", UNSET))

        def _parse_risk_residual(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        risk_residual = _parse_risk_residual(d.pop("riskResidual", UNSET))

        def _parse_impact_resilience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        impact_resilience = _parse_impact_resilience(d.pop("impactResilience", UNSET))

        def _parse_probability_resilience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        probability_resilience = _parse_probability_resilience(d.pop("probabilityResilience", UNSET))

        def _parse_resilience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        resilience = _parse_resilience(d.pop("resilience", UNSET))

        def _parse_risk_current_percentage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        risk_current_percentage = _parse_risk_current_percentage(d.pop("riskCurrentPercentage", UNSET))

        def _parse_risk_initial_percentage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        risk_initial_percentage = _parse_risk_initial_percentage(d.pop("riskInitialPercentage", UNSET))

        def _parse_risk_residual_percentage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        risk_residual_percentage = _parse_risk_residual_percentage(d.pop("riskResidualPercentage", UNSET))

        def _parse_impact_current(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        impact_current = _parse_impact_current(d.pop("impactCurrent", UNSET))

        def _parse_probability_current(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        probability_current = _parse_probability_current(d.pop("probabilityCurrent", UNSET))

        def _parse_risk_current(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        risk_current = _parse_risk_current(d.pop("riskCurrent", UNSET))

        def _parse_tasks(data: object) -> None | TaskCounter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_type_1 = TaskCounter.from_dict(data)

                return tasks_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskCounter | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_object_type(data: object) -> None | RiskObjectType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = RiskObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskObjectType | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_response_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_justification = _parse_response_justification(d.pop("responseJustification", UNSET))

        def _parse_assessement_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assessement_justification = _parse_assessement_justification(d.pop("assessementJustification", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_response_type(data: object) -> None | RiskResponseType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_type_type_0 = RiskResponseType(data)

                return response_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskResponseType | str | Unset, data)

        response_type = _parse_response_type(d.pop("responseType", UNSET))

        def _parse_impact_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        impact_initial = _parse_impact_initial(d.pop("impactInitial", UNSET))

        def _parse_probability_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        probability_initial = _parse_probability_initial(d.pop("probabilityInitial", UNSET))

        def _parse_impact_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        impact_residual = _parse_impact_residual(d.pop("impactResidual", UNSET))

        def _parse_probability_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        probability_residual = _parse_probability_residual(d.pop("probabilityResidual", UNSET))

        risk_evaluation_dto = cls(
            risk_id=risk_id,
            object_=object_,
            state=state,
            risk=risk,
            owner=owner,
            creator=creator,
            date_creation=date_creation,
            date_update=date_update,
            date_retired=date_retired,
            date_identification=date_identification,
            date_assessment=date_assessment,
            date_response=date_response,
            risk_initial=risk_initial,
            risk_residual=risk_residual,
            impact_resilience=impact_resilience,
            probability_resilience=probability_resilience,
            resilience=resilience,
            risk_current_percentage=risk_current_percentage,
            risk_initial_percentage=risk_initial_percentage,
            risk_residual_percentage=risk_residual_percentage,
            impact_current=impact_current,
            probability_current=probability_current,
            risk_current=risk_current,
            tasks=tasks,
            id=id,
            area_id=area_id,
            object_type=object_type,
            object_id=object_id,
            description=description,
            owner_id=owner_id,
            response_justification=response_justification,
            assessement_justification=assessement_justification,
            priority=priority,
            response_type=response_type,
            impact_initial=impact_initial,
            probability_initial=probability_initial,
            impact_residual=impact_residual,
            probability_residual=probability_residual,
        )

        risk_evaluation_dto.additional_properties = d
        return risk_evaluation_dto

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
