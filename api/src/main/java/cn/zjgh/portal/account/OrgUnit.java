package cn.zjgh.portal.account;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.BaseEntity;

/**
 * A union at one of the five levels. Its path lists the ids from the province down to it;
 * its code, when it has one, is the stable key the org tree is imported by.
 */
@TableName("org_unit")
public class OrgUnit extends BaseEntity {

	private Long parentId;

	private String name;

	private OrgUnitLevel level;

	private String regionCode;

	private String code;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private String path;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime closedAt;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime createdAt;

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrgUnitLevel getLevel() {
		return this.level;
	}

	public void setLevel(OrgUnitLevel level) {
		this.level = level;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public OffsetDateTime getClosedAt() {
		return this.closedAt;
	}

	public void setClosedAt(OffsetDateTime closedAt) {
		this.closedAt = closedAt;
	}

	/**
	 * Closed units stay in the tree and in listings, but take no new units or members.
	 */
	public boolean isClosed() {
		return this.closedAt != null;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(OffsetDateTime createdAt) {
		this.createdAt = createdAt;
	}

	/** Ids from the province down to this unit, this unit last. */
	public List<Long> pathIds() {
		return Arrays.stream(this.path.split("\\.")).map(Long::valueOf).toList();
	}

}
