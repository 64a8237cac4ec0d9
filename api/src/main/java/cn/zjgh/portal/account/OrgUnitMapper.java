package cn.zjgh.portal.account;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OrgUnitMapper extends BaseMapper<OrgUnit> {

	/**
	 * One keyset page of the units directly under {@code parentId} (roots when null), by
	 * name.
	 */
	List<OrgUnit> findChildren(@Param("parentId") Long parentId, @Param("afterName") String afterName,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	List<ChildCount> countChildren(@Param("parentIds") Collection<Long> parentIds);

	default long countByParent(Long parentId) {
		LambdaQueryWrapper<OrgUnit> query = new LambdaQueryWrapper<>();
		if (parentId == null) {
			query.isNull(OrgUnit::getParentId);
		}
		else {
			query.eq(OrgUnit::getParentId, parentId);
		}
		return selectCount(query);
	}

	/**
	 * Makes moves, closes and imports of the tree wait for each other and for units being
	 * added, until the transaction ends; reads go on.
	 */
	void lockTree();

	/**
	 * The unit, share-locked until the transaction ends, so it cannot close meanwhile.
	 */
	OrgUnit selectForShare(@Param("id") long id);

	default OrgUnit findOpenCity(String regionCode) {
		return selectOne(new LambdaQueryWrapper<OrgUnit>().eq(OrgUnit::getLevel, OrgUnitLevel.CITY)
			.eq(OrgUnit::getRegionCode, regionCode)
			.isNull(OrgUnit::getClosedAt)
			.orderByAsc(OrgUnit::getId)
			.last("LIMIT 1"));
	}

	default boolean hasOpenChildren(long id) {
		return exists(new LambdaQueryWrapper<OrgUnit>().eq(OrgUnit::getParentId, id).isNull(OrgUnit::getClosedAt));
	}

	default int rename(long id, String name) {
		return update(null, new LambdaUpdateWrapper<OrgUnit>().set(OrgUnit::getName, name).eq(OrgUnit::getId, id));
	}

	default int close(long id, OffsetDateTime at) {
		return update(null,
				new LambdaUpdateWrapper<OrgUnit>().set(OrgUnit::getClosedAt, at)
					.eq(OrgUnit::getId, id)
					.isNull(OrgUnit::getClosedAt));
	}

	/**
	 * Puts the unit under a new parent; the paths of the unit and its whole subtree
	 * follow in the same statement.
	 */
	int move(@Param("id") long id, @Param("newParentId") long newParentId);

	/** Every unit, as the import compares the file with. */
	List<ImportedUnit> findAllForImport();

	/**
	 * Inserts the units, or updates name and region code of those whose code exists and
	 * differ; parents are found by code, so they must be in the database already. One row
	 * per unit inserted ({@code true}) or updated ({@code false}).
	 */
	List<Boolean> upsertByCode(@Param("codes") String[] codes, @Param("parentCodes") String[] parentCodes,
			@Param("names") String[] names, @Param("levels") String[] levels,
			@Param("regionCodes") String[] regionCodes);

	record ChildCount(long parentId, int count) {
	}

	record ImportedUnit(long id, String code, String parentCode, String name, OrgUnitLevel level, Long parentId,
			boolean closed) {
	}

}
