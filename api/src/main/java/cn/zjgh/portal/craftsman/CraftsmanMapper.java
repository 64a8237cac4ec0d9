package cn.zjgh.portal.craftsman;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CraftsmanMapper extends BaseMapper<Craftsman> {

	/**
	 * Writes every editable column, nulls included, so an optional field can be cleared.
	 */
	default void updateFully(Craftsman craftsman) {
		update(Wrappers.<Craftsman>lambdaUpdate()
			.set(Craftsman::getName, craftsman.getName())
			.set(Craftsman::getHonours, craftsman.getHonours())
			.set(Craftsman::getEnterprise, craftsman.getEnterprise())
			.set(Craftsman::getTrade, craftsman.getTrade())
			.set(Craftsman::getOrgUnitId, craftsman.getOrgUnitId())
			.set(Craftsman::getBiography, craftsman.getBiography())
			.set(Craftsman::getPortraitUrl, craftsman.getPortraitUrl())
			.set(Craftsman::getStudioName, craftsman.getStudioName())
			.eq(Craftsman::getId, craftsman.getId()));
	}

	/**
	 * By name; {@code honourPrefix} matches stored honours such as GREAT_CRAFTSMAN:2023.
	 */
	List<Craftsman> findPage(@Param("honourPrefix") String honourPrefix, @Param("trade") String trade,
			@Param("orgUnitId") Long orgUnitId, @Param("keyword") String keyword, @Param("afterName") String afterName,
			@Param("afterId") Long afterId, @Param("limit") int limit);

}
