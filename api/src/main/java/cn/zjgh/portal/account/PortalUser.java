package cn.zjgh.portal.account;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.OrgUnitEntity;

/** Anyone who logged in with WeChat: a worker, and possibly an organizer or admin. */
@TableName("app_user")
public class PortalUser extends OrgUnitEntity {

	private String openid;

	private String unionid;

	private String nickname;

	private String phone;

	/**
	 * The unit of the user's current membership, kept in step by PostgreSQL (see the
	 * membership feature); never written from here.
	 */
	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private boolean admin;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime createdAt;

	private OffsetDateTime lastLoginAt;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime deletedAt;

	public String getOpenid() {
		return this.openid;
	}

	public void setOpenid(String openid) {
		this.openid = openid;
	}

	public String getUnionid() {
		return this.unionid;
	}

	public void setUnionid(String unionid) {
		this.unionid = unionid;
	}

	public String getNickname() {
		return this.nickname;
	}

	public void setNickname(String nickname) {
		this.nickname = nickname;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isAdmin() {
		return this.admin;
	}

	public void setAdmin(boolean admin) {
		this.admin = admin;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(OffsetDateTime createdAt) {
		this.createdAt = createdAt;
	}

	public OffsetDateTime getLastLoginAt() {
		return this.lastLoginAt;
	}

	public void setLastLoginAt(OffsetDateTime lastLoginAt) {
		this.lastLoginAt = lastLoginAt;
	}

	public OffsetDateTime getDeletedAt() {
		return this.deletedAt;
	}

	public void setDeletedAt(OffsetDateTime deletedAt) {
		this.deletedAt = deletedAt;
	}

	/** The phone number as shown in the API: 138****8000. */
	public String maskedPhone() {
		if (this.phone == null || this.phone.length() < 7) {
			return this.phone;
		}
		return this.phone.substring(0, 3) + "****" + this.phone.substring(this.phone.length() - 4);
	}

	/** Every user is a worker; an organizer grant or the admin flag adds to that. */
	Set<Role> roles(boolean organizer) {
		Set<Role> roles = EnumSet.of(Role.WORKER);
		if (organizer) {
			roles.add(Role.ORGANIZER);
		}
		if (this.admin) {
			roles.add(Role.ADMIN);
		}
		return roles;
	}

}
