package cn.zjgh.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The URL of a picture others will see (a cover, a portrait, a photo): an {@link HttpsUrl
 * https:// URL}, or a picture uploaded to a portal that runs on this machine over plain
 * HTTP ({@code http://localhost:8080/uploads/<sha256>.png}, as the demo does), whose
 * upload answers with a URL on the address it was sent to. {@code null} and the empty
 * string pass. Pair with {@code @Size(max = 500)}.
 */
@Documented
@Constraint(validatedBy = ImageUrl.Validator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ImageUrl {

	String message() default "must be an https:// URL or an uploaded picture";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	final class Validator implements ConstraintValidator<ImageUrl, String> {

		private static final Pattern UPLOAD_PATH = Pattern.compile("/uploads/[0-9a-f]{64}\\.(jpg|png|webp)");

		private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || HttpsUrl.Validator.isHttpsUrl(value) || isLocalUpload(value);
		}

		private static boolean isLocalUpload(String value) {
			try {
				URI uri = new URI(value);
				return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
						&& LOOPBACK.contains(uri.getHost().toLowerCase()) && uri.getRawUserInfo() == null
						&& uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawPath() != null
						&& UPLOAD_PATH.matcher(uri.getRawPath()).matches();
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
