package cn.zjgh.portal.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.RateLimiter;

import org.springframework.stereotype.Service;

/**
 * Who may upload a picture and what is taken: organizers and admins, JPEG, PNG or WebP by
 * their first bytes, up to the configured size, at most {@value #UPLOAD_LIMIT} in ten
 * minutes. A picture is stored once however often it is sent.
 */
@Service
class Uploads {

	static final int UPLOAD_LIMIT = 30;

	private static final Duration UPLOAD_WINDOW = Duration.ofMinutes(10);

	private final UploadMapper uploads;

	private final RateLimiter rateLimiter;

	private final long maxBytes;

	Uploads(UploadMapper uploads, RateLimiter rateLimiter, UploadProperties properties) {
		this.uploads = uploads;
		this.rateLimiter = rateLimiter;
		this.maxBytes = properties.maxSize().toBytes();
	}

	/** Stores the picture (unless it is stored already) and returns it. */
	Upload store(Caller caller, byte[] bytes) {
		if (caller == null) {
			throw new DomainException(ErrorCode.UNAUTHENTICATED, "请先登录");
		}
		if (!caller.mayOrganize()) {
			throw DomainException.forbidden("只有组织者可以上传图片");
		}
		this.rateLimiter.check("upload", caller.userId(), UPLOAD_LIMIT, UPLOAD_WINDOW);
		if (bytes.length == 0) {
			throw new DomainException(ErrorCode.BAD_USER_INPUT, "文件是空的，请重新选择图片");
		}
		if (bytes.length > this.maxBytes) {
			throw tooLarge(this.maxBytes);
		}
		ImageType type = ImageType.of(bytes);
		if (type == null) {
			throw new DomainException(ErrorCode.BAD_USER_INPUT, "只能上传 JPEG、PNG 或 WebP 图片");
		}
		Upload upload = new Upload();
		upload.setSha256(sha256(bytes));
		upload.setContentType(type.contentType());
		upload.setContent(bytes);
		upload.setSize(bytes.length);
		upload.setUploadedBy(caller.userId());
		this.uploads.insertIfAbsent(upload);
		return upload;
	}

	/**
	 * The picture stored under this hash in this format, or null: the same bytes under
	 * another extension are not served.
	 */
	Upload find(String sha256, String extension) {
		Upload upload = this.uploads.selectById(sha256);
		if (upload == null || !upload.fileName().equals(sha256 + "." + extension)) {
			return null;
		}
		return upload;
	}

	static DomainException tooLarge(long maxBytes) {
		return new DomainException(ErrorCode.BAD_USER_INPUT, "图片不能超过 " + megabytes(maxBytes) + "，请压缩后再上传");
	}

	private static String megabytes(long bytes) {
		double megabytes = bytes / (1024.0 * 1024.0);
		return ((megabytes == Math.rint(megabytes)) ? Long.toString((long) megabytes)
				: String.format("%.1f", megabytes)) + " MB";
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
