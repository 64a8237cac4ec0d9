package cn.zjgh.portal.lecture;

import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.OrgUnitEntity;

/** A lecture series, e.g. 班前十分钟 or 劳模工匠宣讲. */
@TableName(value = "lecture_series")
public class LectureSeries extends OrgUnitEntity {

	private String name;

	private String description;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
