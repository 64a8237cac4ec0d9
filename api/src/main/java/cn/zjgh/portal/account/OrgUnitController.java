package cn.zjgh.portal.account;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.AccountInputs.CreateOrgUnitInput;
import cn.zjgh.portal.account.AccountInputs.CloseOrgUnitInput;
import cn.zjgh.portal.account.AccountInputs.CreateOrgUnitPayload;
import cn.zjgh.portal.account.AccountInputs.MoveOrgUnitInput;
import cn.zjgh.portal.account.AccountInputs.OrgUnitPayload;
import cn.zjgh.portal.account.AccountInputs.RenameOrgUnitInput;
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

	@MutationMapping
	OrgUnitPayload renameOrgUnit(@Argument @Valid RenameOrgUnitInput input) {
		return new OrgUnitPayload(this.directory.rename(input.id(), input.name()));
	}

	@MutationMapping
	OrgUnitPayload moveOrgUnit(@Argument @Valid MoveOrgUnitInput input) {
		return new OrgUnitPayload(this.directory.move(input.id(), input.newParentId()));
	}

	@MutationMapping
	OrgUnitPayload closeOrgUnit(@Argument @Valid CloseOrgUnitInput input) {
		return new OrgUnitPayload(this.directory.close(input.id()));
	}

	@BatchMapping
	Map<OrgUnit, OrgUnit> parent(List<OrgUnit> units) {
		return this.directory.parentsOf(units);
	}

	@BatchMapping
	Map<OrgUnit, List<String>> pathNames(List<OrgUnit> units) {
		return this.directory.pathNames(units);
	}

	@BatchMapping
	Map<OrgUnit, Integer> childCount(List<OrgUnit> units) {
		return this.directory.childCountsOf(units);
	}

}
