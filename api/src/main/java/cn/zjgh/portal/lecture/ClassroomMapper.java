package cn.zjgh.portal.lecture;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ClassroomMapper extends BaseMapper<Classroom> {

	/** Classrooms of a unit and the units below it, by id. */
	List<Classroom> findPage(@Param("orgUnitId") Long orgUnitId, @Param("mode") LectureMode mode,
			@Param("afterId") Long afterId, @Param("limit") int limit);

}
