package cn.zjgh.portal.shared;

/**
 * A path whose POST bodies may be larger than {@code portal.max-request-bytes} (an
 * upload), up to {@code maxBytes}; a larger body is refused with {@code message}.
 */
public record RequestBodyLimit(String path, long maxBytes, String message) {

}
