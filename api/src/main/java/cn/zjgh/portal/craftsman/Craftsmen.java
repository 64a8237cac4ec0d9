package cn.zjgh.portal.craftsman;

import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.craftsman.CraftsmanInputs.CreateCraftsmanInput;
import cn.zjgh.portal.craftsman.CraftsmanInputs.HonourAwardInput;
import cn.zjgh.portal.craftsman.CraftsmanInputs.UpdateCraftsmanInput;
import cn.zjgh.portal.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers keep the craftsman directory: a craftsman belongs to an org unit (usually
 * their enterprise's union), and organizers of that unit or above add and edit them. A
 * craftsman without a unit is the province's.
 */
@Service
class Craftsmen {

	private final CraftsmanMapper craftsmen;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	Craftsmen(CraftsmanMapper craftsmen, OrgUnitDirectory orgUnits, OrgScope orgScope) {
		this.craftsmen = craftsmen;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Craftsman create(Caller caller, CreateCraftsmanInput input) {
		requireUnitInScope(caller, input.orgUnitId());
		Craftsman craftsman = new Craftsman();
		craftsman.setOrgUnitId(input.orgUnitId());
		craftsman.setName(input.name().strip());
		craftsman.setHonours(stored((input.honours() != null) ? input.honours() : List.of()));
		craftsman.setEnterprise(optional(input.enterprise()));
		craftsman.setTrade(optional(input.trade()));
		craftsman.setBiography(optional(input.biography()));
		craftsman.setPortraitUrl(optional(input.portraitUrl()));
		craftsman.setStudioName(optional(input.studioName()));
		this.craftsmen.insert(craftsman);
		return this.craftsmen.selectById(craftsman.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Craftsman update(Caller caller, UpdateCraftsmanInput input) {
		Craftsman craftsman = DomainException.requireFound(this.craftsmen.selectById(input.id()), "Craftsman",
				input.id());
		if (craftsman.getOrgUnitId() != null) {
			this.orgScope.requireOrganizerOf(caller, craftsman.getOrgUnitId());
		}
		else {
			this.orgScope.requireProvinceOrganizer(caller);
		}
		if (input.orgUnitId() != null) {
			requireUnitInScope(caller, input.orgUnitId());
			craftsman.setOrgUnitId(input.orgUnitId());
		}
		if (input.name() != null) {
			if (input.name().isBlank()) {
				throw DomainException.badInput("name", "must not be blank");
			}
			craftsman.setName(input.name().strip());
		}
		if (input.honours() != null) {
			craftsman.setHonours(stored(input.honours()));
		}
		if (input.enterprise() != null) {
			craftsman.setEnterprise(optional(input.enterprise()));
		}
		if (input.trade() != null) {
			craftsman.setTrade(optional(input.trade()));
		}
		if (input.biography() != null) {
			craftsman.setBiography(optional(input.biography()));
		}
		if (input.portraitUrl() != null) {
			craftsman.setPortraitUrl(optional(input.portraitUrl()));
		}
		if (input.studioName() != null) {
			craftsman.setStudioName(optional(input.studioName()));
		}
		this.craftsmen.updateFully(craftsman);
		return this.craftsmen.selectById(craftsman.getId());
	}

	private void requireUnitInScope(Caller caller, long orgUnitId) {
		this.orgUnits.requireOpen(orgUnitId, "orgUnitId");
		this.orgScope.requireOrganizerOf(caller, orgUnitId);
	}

	private static String[] stored(List<HonourAwardInput> honours) {
		if (honours.stream().map(HonourAwardInput::stored).distinct().count() != honours.size()) {
			throw DomainException.badInput("honours", "lists the same honour and year twice");
		}
		return honours.stream().map(HonourAwardInput::stored).toArray(String[]::new);
	}

	private static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
