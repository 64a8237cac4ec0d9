package cn.zjgh.portal.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded pictures.
 *
 * @param maxSize the largest picture accepted
 * @param publicBaseUrl where clients reach the portal
 * ({@code https://portal.example.cn}), which the URL of an upload starts with; empty: the
 * address the upload was sent to (with {@code server.forward-headers-strategy}, the one
 * the proxy was asked for)
 */
@ConfigurationProperties("portal.uploads")
record UploadProperties(@DefaultValue("2MB") DataSize maxSize, @DefaultValue("") String publicBaseUrl) {

}
