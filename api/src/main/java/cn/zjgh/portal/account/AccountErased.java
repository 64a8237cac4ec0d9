package cn.zjgh.portal.account;

/**
 * A worker's account was deleted. Published inside the deleting transaction, so every
 * feature that keeps personal data of its own (sign-up answers, comments) erases it in
 * the same transaction: all of it goes, or none.
 */
public record AccountErased(long userId) {
}
