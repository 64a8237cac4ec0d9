package cn.zjgh.portal.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.zjgh.portal.account.AccountInputs.CreateOrgUnitInput;
import cn.zjgh.portal.account.AccountInputs.CreateOrgUnitPayload;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class OrgUnitController {

	private final OrgUnitDirectory directory;

	OrgUnitController(OrgUnitDirectory directory) {
		this.directory = directory;
	}

	@QueryMapping
	Connection<OrgUnit> orgUnits(@Argument Long parentId, @Argument Integer first, @Argument String after) {
		return this.directory.children(parentId, PageRequest.of(first, after));
	}

	@QueryMapping
	OrgUnit orgUnit(@Argument long id) {
		return this.directory.find(id);
	}

	@MutationMapping
	CreateOrgUnitPayload createOrgUnit(@Argument @Valid CreateOrgUnitInput input) {
		return new CreateOrgUnitPayload(this.directory.create(input.parentId(), input.name(), input.regionCode()));
	}

	@BatchMapping
	Map<OrgUnit, OrgUnit> parent(List<OrgUnit> units) {
		Map<Long, OrgUnit> parents = this.directory
			.findAll(units.stream().map(OrgUnit::getParentId).filter(Objects::nonNull).distinct().toList());
		Map<OrgUnit, OrgUnit> result = new LinkedHashMap<>();
		units.stream()
			.filter((unit) -> unit.getParentId() != null)
			.forEach((unit) -> result.put(unit, parents.get(unit.getParentId())));
		return result;
	}

	@BatchMapping
	Map<OrgUnit, List<String>> pathNames(List<OrgUnit> units) {
		return this.directory.pathNames(units);
	}

	@BatchMapping
	Map<OrgUnit, Integer> childCount(List<OrgUnit> units) {
		Map<Long, Integer> counts = this.directory.childCounts(units.stream().map(OrgUnit::getId).distinct().toList());
		Map<OrgUnit, Integer> result = new LinkedHashMap<>();
		units.forEach((unit) -> result.put(unit, counts.get(unit.getId())));
		return result;
	}

}
