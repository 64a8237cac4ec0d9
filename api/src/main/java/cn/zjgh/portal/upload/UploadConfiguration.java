package cn.zjgh.portal.upload;

import cn.zjgh.portal.shared.RequestBodyLimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
class UploadConfiguration {

	/** Room for the multipart framing around the picture. */
	private static final long MULTIPART_OVERHEAD = 16 * 1024;

	/**
	 * An upload's body may be as large as a picture and its framing; a larger one is
	 * refused before it is read.
	 */
	@Bean
	RequestBodyLimit uploadBodyLimit(UploadProperties properties) {
		long maxBytes = properties.maxSize().toBytes();
		return new RequestBodyLimit(UploadController.PATH, maxBytes + MULTIPART_OVERHEAD,
				Uploads.tooLarge(maxBytes).getMessage());
	}

}
