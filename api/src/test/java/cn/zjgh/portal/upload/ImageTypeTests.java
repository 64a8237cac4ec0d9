package cn.zjgh.portal.upload;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTypeTests {

	@Test
	void picturesAreKnownByTheirFirstBytes() {
		assertThat(ImageType.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB }))
			.isEqualTo(ImageType.JPEG);
		assertThat(ImageType.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 }))
			.isEqualTo(ImageType.PNG);
		assertThat(ImageType.of("RIFF\u0024\0\0\0WEBPVP8L".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo(ImageType.WEBP);
	}

	@Test
	void anythingElseIsNoPicture() {
		assertThat(ImageType.of(new byte[0])).isNull();
		assertThat(ImageType.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isNull();
		assertThat(ImageType.of("GIF89a......".getBytes(StandardCharsets.ISO_8859_1))).isNull();
		assertThat(ImageType.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isNull();
		assertThat(ImageType.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
			.isNull();
		assertThat(ImageType.of("\u0089PNG but text".getBytes(StandardCharsets.UTF_8))).isNull();
	}

}
