package cn.zjgh.portal.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.ConstraintRule;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The union tree: browsing it, and admins adding to it. */
@Service
public class OrgUnitDirectory {

	private final OrgUnitMapper orgUnits;

	OrgUnitDirectory(OrgUnitMapper orgUnits) {
		this.orgUnits = orgUnits;
	}

	public OrgUnit require(long id) {
		OrgUnit unit = this.orgUnits.selectById(id);
		if (unit == null) {
			throw DomainException.notFound("Org unit", id);
		}
		return unit;
	}

	public OrgUnit find(long id) {
		return this.orgUnits.selectById(id);
	}

	/** Units by id, for batch loading; missing ids are absent from the map. */
	public Map<Long, OrgUnit> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.orgUnits.selectByIds(ids).stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
	}

	/** Whether {@code unitId} is {@code ancestorId} or lies below it. */
	public boolean isWithin(long unitId, long ancestorId) {
		OrgUnit unit = find(unitId);
		return unit != null && unit.pathIds().contains(ancestorId);
	}

	Connection<OrgUnit> children(Long parentId, PageRequest page) {
		if (parentId != null) {
			require(parentId);
		}
		String afterName = page.afterKey(0);
		Long afterId = page.afterLong(1);
		List<OrgUnit> rows = this.orgUnits.findChildren(parentId, afterName, afterId, page.fetchSize());
		int total = (int) this.orgUnits.countByParent(parentId);
		return Connection.of(rows, page, (unit) -> Cursor.of(unit.getName(), unit.getId()), total);
	}

	Map<OrgUnit, OrgUnit> parentsOf(List<OrgUnit> units) {
		Map<Long, OrgUnit> parents = findAll(
				units.stream().map(OrgUnit::getParentId).filter(Objects::nonNull).distinct().toList());
		return Batches.map(units, (unit) -> (unit.getParentId() != null) ? parents.get(unit.getParentId()) : null);
	}

	Map<OrgUnit, Integer> childCountsOf(List<OrgUnit> units) {
		Map<Long, Integer> counts = new HashMap<>();
		this.orgUnits.countChildren(units.stream().map(OrgUnit::getId).distinct().toList())
			.forEach((row) -> counts.put(row.parentId(), row.count()));
		return Batches.map(units, (unit) -> counts.getOrDefault(unit.getId(), 0));
	}

	/** For each unit, the names of the units from the province down to it. */
	Map<OrgUnit, List<String>> pathNames(List<OrgUnit> units) {
		Map<Long, OrgUnit> along = findAll(
				units.stream().flatMap((unit) -> unit.pathIds().stream()).distinct().toList());
		Map<OrgUnit, List<String>> names = new LinkedHashMap<>();
		for (OrgUnit unit : units) {
			names.put(unit, unit.pathIds().stream().map(along::get).map(OrgUnit::getName).toList());
		}
		return names;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	OrgUnit create(long parentId, String name, String regionCode) {
		OrgUnit parent = require(parentId);
		OrgUnitLevel level = parent.getLevel().below();
		if (level == null) {
			throw DomainException.badInput("parentId", "an enterprise union has no units below it");
		}
		OrgUnit unit = new OrgUnit();
		unit.setParentId(parentId);
		unit.setName(name.strip());
		unit.setLevel(level);
		unit.setRegionCode(regionCode);
		this.orgUnits.insert(unit);
		return this.orgUnits.selectById(unit.getId());
	}

	@Bean
	static ConstraintRule orgUnitNameUnique() {
		return new ConstraintRule("org_unit_name_unique_among_siblings", ErrorCode.BAD_USER_INPUT,
				"A unit with this name already exists under the same parent");
	}

}
