package cn.zjgh.portal.lecture;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LectureSeriesMapper extends BaseMapper<LectureSeries> {

	/** Series of a unit and the units below it, by id. */
	List<LectureSeries> findPage(@Param("orgUnitId") Long orgUnitId, @Param("afterId") Long afterId,
			@Param("limit") int limit);

}
