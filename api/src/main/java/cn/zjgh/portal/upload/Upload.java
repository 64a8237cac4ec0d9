package cn.zjgh.portal.upload;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** An uploaded picture, named by the SHA-256 of its bytes. */
@TableName("upload")
class Upload {

	@TableId(type = IdType.INPUT)
	private String sha256;

	private String contentType;

	private byte[] content;

	private Integer size;

	private Long uploadedBy;

	private OffsetDateTime createdAt;

	/** The last part of its URL: {@code <sha256>.<ext>}. */
	String fileName() {
		return this.sha256 + "." + ImageType.ofContentType(this.contentType).extension();
	}

	public String getSha256() {
		return this.sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = sha256;
	}

	public String getContentType() {
		return this.contentType;
	}

	public void setContentType(String contentType) {
		this.contentType = contentType;
	}

	public byte[] getContent() {
		return this.content;
	}

	public void setContent(byte[] content) {
		this.content = content;
	}

	public Integer getSize() {
		return this.size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

	public Long getUploadedBy() {
		return this.uploadedBy;
	}

	public void setUploadedBy(Long uploadedBy) {
		this.uploadedBy = uploadedBy;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(OffsetDateTime createdAt) {
		this.createdAt = createdAt;
	}

}
