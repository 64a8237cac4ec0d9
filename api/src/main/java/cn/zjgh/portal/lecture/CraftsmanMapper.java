package cn.zjgh.portal.lecture;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CraftsmanMapper extends BaseMapper<Craftsman> {

	/**
	 * By name; {@code honourPrefix} matches stored honours such as GREAT_CRAFTSMAN:2023.
	 */
	@Select("""
			SELECT * FROM craftsman
			WHERE (#{honourPrefix}::varchar IS NULL
			       OR EXISTS (SELECT 1 FROM unnest(honours) AS h WHERE h LIKE #{honourPrefix} || '%'))
			  AND (#{trade}::varchar IS NULL OR trade = #{trade})
			  AND (#{orgUnitId}::bigint IS NULL OR org_unit_id IN (SELECT sub.id FROM org_unit sub, org_unit top
			                                                    WHERE top.id = #{orgUnitId} AND sub.path <@ top.path))
			  AND (#{keyword}::varchar IS NULL OR name || ' ' || coalesce(enterprise, '') || ' ' || coalesce(trade, '') ILIKE #{keyword})
			  AND (#{afterId}::bigint IS NULL OR (name, id) > (#{afterName}, #{afterId}))
			ORDER BY name, id LIMIT #{limit}""")
	List<Craftsman> findPage(@Param("honourPrefix") String honourPrefix, @Param("trade") String trade,
			@Param("orgUnitId") Long orgUnitId, @Param("keyword") String keyword, @Param("afterName") String afterName,
			@Param("afterId") Long afterId, @Param("limit") int limit);

}
