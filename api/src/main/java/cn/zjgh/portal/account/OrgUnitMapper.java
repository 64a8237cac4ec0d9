package cn.zjgh.portal.account;

import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
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

	record ChildCount(long parentId, int count) {
	}

}
