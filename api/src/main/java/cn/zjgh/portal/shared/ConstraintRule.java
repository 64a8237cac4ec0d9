package cn.zjgh.portal.shared;

/**
 * What a named database constraint means to a caller. Each feature declares the rules of
 * its own constraints as beans, so a violation becomes the same domain error wherever it
 * happens.
 */
public record ConstraintRule(String constraint, ErrorCode code, String message) {

	public DomainException toException() {
		return new DomainException(this.code, this.message);
	}

}
