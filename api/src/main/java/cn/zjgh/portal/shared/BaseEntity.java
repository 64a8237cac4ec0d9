package cn.zjgh.portal.shared;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;

/** A row of a table whose id PostgreSQL generates. */
public abstract class BaseEntity {

	@TableId(type = IdType.AUTO)
	private Long id;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

}
