package cn.zjgh.portal.craftsman;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CraftsmanMapper extends BaseMapper<Craftsman> {

	/**
	 * By name; {@code honourPrefix} matches stored honours such as GREAT_CRAFTSMAN:2023.
	 */
	List<Craftsman> findPage(@Param("honourPrefix") String honourPrefix, @Param("trade") String trade,
			@Param("orgUnitId") Long orgUnitId, @Param("keyword") String keyword, @Param("afterName") String afterName,
			@Param("afterId") Long afterId, @Param("limit") int limit);

}
