package cn.zjgh.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A URL a user stores for others to open or load (a cover, a live stream, a replay): an
 * absolute {@code https://} URL with a host and no user info, so no page of the portal
 * ever leads to a script, a data URL or plain HTTP. {@code null} means "not given" and
 * the empty string "none"; both pass. Pair with {@code @Size(max = 500)}.
 */
@Documented
@Constraint(validatedBy = HttpsUrl.Validator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpsUrl {

	String message() default "must be an https:// URL";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	final class Validator implements ConstraintValidator<HttpsUrl, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || isHttpsUrl(value);
		}

		/**
		 * Whether the text is an absolute {@code https://} URL with a host and no user
		 * info; the scheme's case does not matter.
		 */
		public static boolean isHttpsUrl(String value) {
			try {
				URI uri = new URI(value);
				return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
						&& uri.getRawUserInfo() == null;
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
