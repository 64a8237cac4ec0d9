package cn.zjgh.portal.event;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SeasonMapper extends BaseMapper<Season> {

	default Season findByName(String name) {
		return selectOne(Wrappers.<Season>lambdaQuery().eq(Season::getName, name));
	}

	/** Newest first (ids follow creation). */
	List<Season> findPage(@Param("afterId") Long afterId, @Param("limit") int limit);

}
