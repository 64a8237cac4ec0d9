package cn.zjgh.portal.upload;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.ErrorResponses;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /uploads} with the picture in the multipart field {@code file} (what
 * {@code wx.uploadFile} sends) and the organizer's bearer token answers {@code {"url":
 * …}}; {@code GET /uploads/<sha256>.<ext>} serves the picture to anyone. Refusals are
 * JSON in the shape of GraphQL errors, with the same codes.
 */
@RestController
class UploadController {

	static final String PATH = "/uploads";

	/** Content never changes under a URL named by its hash: cached for a year. */
	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final Uploads uploads;

	private final String publicBaseUrl;

	UploadController(Uploads uploads, UploadProperties properties) {
		this.uploads = uploads;
		this.publicBaseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
	}

	@PostMapping(PATH)
	UploadPayload upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal Caller caller,
			HttpServletRequest request) throws IOException {
		Upload upload = this.uploads.store(caller, file.getBytes());
		return new UploadPayload(urlOf(upload, request), upload.getSha256(), upload.getContentType(), upload.getSize());
	}

	@GetMapping(PATH + "/{sha256:[0-9a-f]{64}}.{extension:jpg|png|webp}")
	ResponseEntity<byte[]> picture(@PathVariable String sha256, @PathVariable String extension) {
		Upload upload = DomainException.requireFound(this.uploads.find(sha256, extension), "Picture",
				sha256 + "." + extension);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(upload.getContentType()))
			.cacheControl(FOREVER)
			.eTag(upload.getSha256())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(upload.getContent());
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Map<String, Object>> refused(DomainException ex) {
		return ErrorResponses.of(ex);
	}

	/** No multipart body, or no {@code file} in it. */
	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	ResponseEntity<Map<String, Object>> noFile(Exception ex) {
		return ErrorResponses.of(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, "请在 multipart 字段 file 中上传图片");
	}

	/** Where the picture is served, and what it is. */
	record UploadPayload(String url, String sha256, String contentType, int size) {
	}

	/**
	 * Where the picture is served: under the configured public base URL, else under the
	 * address the request was sent to.
	 */
	String urlOf(Upload upload, HttpServletRequest request) {
		String base = this.publicBaseUrl.isEmpty()
				? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() : this.publicBaseUrl;
		return base + PATH + "/" + upload.fileName();
	}

}
