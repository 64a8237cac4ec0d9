package cn.zjgh.portal.help;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.OrgUnitEntity;

/**
 * A worker's 12351 request and where it stands: the unit handling it, the organizer who
 * accepted it there, its deadline to be accepted, its outcome and the worker's rating.
 */
@TableName("help_request")
public class HelpRequest extends OrgUnitEntity {

	private Long userId;

	private HelpRequestCategory category;

	private String description;

	private String[] photoUrls;

	private String contactPhone;

	private boolean callBack;

	private HelpRequestStatus status;

	private Long handlerId;

	private OffsetDateTime acceptDueAt;

	private OffsetDateTime escalatedAt;

	private OffsetDateTime acceptedAt;

	private OffsetDateTime closedAt;

	private String outcome;

	private Integer stars;

	private String ratingComment;

	private OffsetDateTime ratedAt;

	private OffsetDateTime createdAt;

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public HelpRequestCategory getCategory() {
		return this.category;
	}

	public void setCategory(HelpRequestCategory category) {
		this.category = category;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String[] getPhotoUrls() {
		return this.photoUrls;
	}

	public void setPhotoUrls(String[] photoUrls) {
		this.photoUrls = photoUrls;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public boolean isCallBack() {
		return this.callBack;
	}

	public void setCallBack(boolean callBack) {
		this.callBack = callBack;
	}

	public HelpRequestStatus getStatus() {
		return this.status;
	}

	public void setStatus(HelpRequestStatus status) {
		this.status = status;
	}

	public Long getHandlerId() {
		return this.handlerId;
	}

	public void setHandlerId(Long handlerId) {
		this.handlerId = handlerId;
	}

	public OffsetDateTime getAcceptDueAt() {
		return this.acceptDueAt;
	}

	public void setAcceptDueAt(OffsetDateTime acceptDueAt) {
		this.acceptDueAt = acceptDueAt;
	}

	public OffsetDateTime getEscalatedAt() {
		return this.escalatedAt;
	}

	public void setEscalatedAt(OffsetDateTime escalatedAt) {
		this.escalatedAt = escalatedAt;
	}

	public OffsetDateTime getAcceptedAt() {
		return this.acceptedAt;
	}

	public void setAcceptedAt(OffsetDateTime acceptedAt) {
		this.acceptedAt = acceptedAt;
	}

	public OffsetDateTime getClosedAt() {
		return this.closedAt;
	}

	public void setClosedAt(OffsetDateTime closedAt) {
		this.closedAt = closedAt;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public Integer getStars() {
		return this.stars;
	}

	public void setStars(Integer stars) {
		this.stars = stars;
	}

	public String getRatingComment() {
		return this.ratingComment;
	}

	public void setRatingComment(String ratingComment) {
		this.ratingComment = ratingComment;
	}

	public OffsetDateTime getRatedAt() {
		return this.ratedAt;
	}

	public void setRatedAt(OffsetDateTime ratedAt) {
		this.ratedAt = ratedAt;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(OffsetDateTime createdAt) {
		this.createdAt = createdAt;
	}

}
