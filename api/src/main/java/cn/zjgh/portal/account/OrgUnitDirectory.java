package cn.zjgh.portal.account;

import java.time.Clock;
import java.time.OffsetDateTime;
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

/**
 * The union tree: browsing it, and admins adding to it, renaming, moving and closing its
 * units.
 */
@Service
public class OrgUnitDirectory {

	private final OrgUnitMapper orgUnits;

	private final Clock clock;

	OrgUnitDirectory(OrgUnitMapper orgUnits, Clock clock) {
		this.orgUnits = orgUnits;
		this.clock = clock;
	}

	public OrgUnit require(long id) {
		return DomainException.requireFound(this.orgUnits.selectById(id), "Org unit", id);
	}

	/**
	 * The unit, which must exist and be open: what adds to a unit (a unit below it, a
	 * member) calls this. The unit is share-locked until the transaction ends, so it
	 * cannot close meanwhile.
	 * @param field the input field that named the unit, for the error
	 */
	public OrgUnit requireOpen(long id, String field) {
		OrgUnit unit = DomainException.requireFound(this.orgUnits.selectForShare(id), "Org unit", id);
		if (unit.isClosed()) {
			throw DomainException.badInput(field, "the org unit " + unit.getName() + " is closed");
		}
		return unit;
	}

	public OrgUnit find(long id) {
		return this.orgUnits.selectById(id);
	}

	/**
	 * The open city union of a city (its 6-digit region code, e.g. 330100 for Hangzhou),
	 * or null when the tree has none.
	 */
	public OrgUnit findCityUnion(String cityCode) {
		return this.orgUnits.findOpenCity(cityCode);
	}

	/** Units by id, for batch loading; missing ids are absent from the map. */
	public Map<Long, OrgUnit> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.orgUnits.selectByIds(ids).stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
	}

	/**
	 * The unit of each item, in one query, for batch loading: an item without a unit id,
	 * or whose unit is missing, is absent from the map (its field resolves to null).
	 */
	public <T> Map<T, OrgUnit> unitsOf(List<T> items, Function<? super T, Long> unitId) {
		Map<Long, OrgUnit> units = findAll(items.stream().map(unitId).filter(Objects::nonNull).distinct().toList());
		return Batches.map(items, (item) -> {
			Long id = unitId.apply(item);
			return (id != null) ? units.get(id) : null;
		});
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
		return unitsOf(units, OrgUnit::getParentId);
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
		OrgUnit parent = requireOpen(parentId, "parentId");
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

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	OrgUnit rename(long id, String name) {
		require(id);
		this.orgUnits.rename(id, name.strip());
		return this.orgUnits.selectById(id);
	}

	/**
	 * Puts a unit, with everything below it, under another unit of the level above its
	 * own. Organizer grants on the unit or below it go with it; grants above its old
	 * place no longer cover it, grants above its new place do.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	OrgUnit move(long id, long newParentId) {
		this.orgUnits.lockTree();
		OrgUnit unit = require(id);
		if (unit.getLevel().above() == null) {
			throw DomainException.badInput("id", "a province union has no unit above it");
		}
		OrgUnit parent = requireOpen(newParentId, "newParentId");
		if (parent.pathIds().contains(id)) {
			throw DomainException.badInput("newParentId", "a unit cannot move below itself");
		}
		if (parent.getLevel() != unit.getLevel().above()) {
			throw DomainException.badInput("newParentId", "a " + unit.getLevel() + " unit sits under a "
					+ unit.getLevel().above() + " unit, not a " + parent.getLevel());
		}
		if (!Objects.equals(unit.getParentId(), newParentId)) {
			this.orgUnits.move(id, newParentId);
		}
		return this.orgUnits.selectById(id);
	}

	/**
	 * Closes a unit: it stays in the tree and in listings, marked closed, but takes no
	 * new units or members. Units below it are moved or closed first. Closing twice is
	 * not an error.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	OrgUnit close(long id) {
		this.orgUnits.lockTree();
		OrgUnit unit = require(id);
		if (!unit.isClosed()) {
			if (this.orgUnits.hasOpenChildren(id)) {
				throw DomainException.badInput("id", "move or close the units under " + unit.getName() + " first");
			}
			this.orgUnits.close(id, OffsetDateTime.now(this.clock));
		}
		return this.orgUnits.selectById(id);
	}

	@Bean
	static ConstraintRule orgUnitNameUnique() {
		return new ConstraintRule("org_unit_name_unique_among_siblings", ErrorCode.BAD_USER_INPUT,
				"A unit with this name already exists under the same parent");
	}

}
