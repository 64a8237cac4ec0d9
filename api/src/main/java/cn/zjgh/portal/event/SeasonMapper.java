package cn.zjgh.portal.event;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface SeasonMapper extends BaseMapper<Season> {

	/** Newest first (ids follow creation). */
	@Select("SELECT * FROM season WHERE (#{afterId}::bigint IS NULL OR id < #{afterId}) ORDER BY id DESC LIMIT #{limit}")
	List<Season> findPage(@Param("afterId") Long afterId, @Param("limit") int limit);

}
