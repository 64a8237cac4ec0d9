package cn.zjgh.portal.upload;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UploadMapper extends BaseMapper<Upload> {

	/** Stores the picture unless its bytes are stored already; 1 when stored now. */
	int insertIfAbsent(@Param("u") Upload upload);

}
