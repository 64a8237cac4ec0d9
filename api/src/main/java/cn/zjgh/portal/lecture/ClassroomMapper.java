package cn.zjgh.portal.lecture;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ClassroomMapper extends BaseMapper<Classroom> {

	@Select("""
			SELECT * FROM classroom
			WHERE (#{orgUnitId}::bigint IS NULL OR org_unit_id IN (SELECT sub.id FROM org_unit sub, org_unit top
			                                                    WHERE top.id = #{orgUnitId} AND sub.path <@ top.path))
			  AND (#{mode}::varchar IS NULL OR mode = #{mode})
			  AND (#{afterId}::bigint IS NULL OR id > #{afterId})
			ORDER BY id LIMIT #{limit}""")
	List<Classroom> findPage(@Param("orgUnitId") Long orgUnitId, @Param("mode") LectureMode mode,
			@Param("afterId") Long afterId, @Param("limit") int limit);

}
