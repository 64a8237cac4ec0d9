package cn.zjgh.portal.craftsman;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.OrgUnitEntity;

/**
 * A craftsman or model worker (劳模工匠): profile, honours and studio; also the lecturers of
 * the micro-lectures.
 */
@TableName(value = "craftsman")
public class Craftsman extends OrgUnitEntity {

	private String name;

	private String[] honours;

	private String enterprise;

	private String trade;

	private String biography;

	private String portraitUrl;

	private String studioName;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime createdAt;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String[] getHonours() {
		return this.honours;
	}

	public void setHonours(String[] honours) {
		this.honours = honours;
	}

	public String getEnterprise() {
		return this.enterprise;
	}

	public void setEnterprise(String enterprise) {
		this.enterprise = enterprise;
	}

	public String getTrade() {
		return this.trade;
	}

	public void setTrade(String trade) {
		this.trade = trade;
	}

	public String getBiography() {
		return this.biography;
	}

	public void setBiography(String biography) {
		this.biography = biography;
	}

	public String getPortraitUrl() {
		return this.portraitUrl;
	}

	public void setPortraitUrl(String portraitUrl) {
		this.portraitUrl = portraitUrl;
	}

	public String getStudioName() {
		return this.studioName;
	}

	public void setStudioName(String studioName) {
		this.studioName = studioName;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(OffsetDateTime createdAt) {
		this.createdAt = createdAt;
	}

	/**
	 * The honours as awarded: stored as {@code CODE:year}, e.g.
	 * {@code GREAT_CRAFTSMAN:2023}.
	 */
	public List<HonourAward> honourAwards() {
		return Arrays.stream((this.honours != null) ? this.honours : new String[0]).map(HonourAward::parse).toList();
	}

}
