package cn.zjgh.portal.event;

import java.time.LocalDate;

import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.BaseEntity;

/** A culture & sports season, e.g. 2026 浙江省第二届职工文化体育季. */
@TableName("season")
public class Season extends BaseEntity {

	private String name;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String[] quarterNames;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String[] getQuarterNames() {
		return this.quarterNames;
	}

	public void setQuarterNames(String[] quarterNames) {
		this.quarterNames = quarterNames;
	}

}
