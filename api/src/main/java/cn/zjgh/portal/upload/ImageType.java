package cn.zjgh.portal.upload;

/**
 * The picture formats a phone takes and the mini-program shows, told apart by their first
 * bytes, never by the name or content type the client sends.
 */
enum ImageType {

	JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String contentType;

	private final String extension;

	ImageType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

	/** The format whose signature the bytes start with, or null. */
	static ImageType of(byte[] bytes) {
		if (startsWith(bytes, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return JPEG;
		}
		if (startsWith(bytes, 0, PNG_SIGNATURE)) {
			return PNG;
		}
		if (startsWith(bytes, 0, new byte[] { 'R', 'I', 'F', 'F' })
				&& startsWith(bytes, 8, new byte[] { 'W', 'E', 'B', 'P' })) {
			return WEBP;
		}
		return null;
	}

	static ImageType ofContentType(String contentType) {
		for (ImageType type : values()) {
			if (type.contentType.equals(contentType)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Not a picture type: " + contentType);
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
		if (bytes.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (bytes[offset + i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
